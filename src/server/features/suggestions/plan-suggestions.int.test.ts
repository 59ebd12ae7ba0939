// Suggestions on the crisis and safety plans, on both databases (decision 0029). A supporter
// suggests on the plan as it was shown to them, without what the person withheld; accepting
// merges it with the person's whole plan, so the advance choice document, the photos and the
// contacts the supporter could not see stay exactly as the person has them. A suggestion naming
// a contact or file the supporter was never shown is refused and changes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GrantLevel } from '../../../domain/access/context.ts';
import {
  type CrisisPlan,
  EMPTY_CRISIS_PLAN,
  EMPTY_SAFETY_PLAN,
  type SafetyPlan,
} from '../../../domain/record/plans.schema.ts';
import type { Section } from '../../../domain/record/sections.ts';
import { expectError, ifMatch, recordSnapshot } from '../../test/api.ts';
import {
  aSupporterOf,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aContact, PDF_BYTES, PNG_BYTES } from '../../test/plan-fixtures.ts';

describe.each(DIALECTS)('Suggestions on the crisis and safety plans on %s', (dialect) => {
  let t: TestApp;
  let person: Client;
  let named: string;
  let unnamed: string;
  const base = () => `/api/people/${person.personId}`;

  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (client: Client, url: string) => client.request({ method: 'GET', url });
  const post = (client: Client, url: string, payload?: object, headers = {}) =>
    client.request({ method: 'POST', url, payload: payload ?? {}, headers });
  const put = (url: string, version: number, payload: object) =>
    person.request({ method: 'PUT', url, headers: ifMatch(version), payload });
  const upload = async (url: string, bytes: Buffer, type: string) => {
    const answer = await person.request({
      method: 'POST',
      url,
      payload: bytes,
      headers: { 'content-type': type, 'x-file-name': 'file' },
    });
    expect(answer.statusCode, answer.body).toBe(201);
    return answer.json().id as string;
  };
  const contact = async (name: string) => {
    const made = await post(person, `${base()}/support-network`, aContact({ name }));
    expect(made.statusCode, made.body).toBe(201);
    return made.json().id as string;
  };
  const supporter = (level: GrantLevel, section: Section, advanceChoice = false) =>
    aSupporterOf(t, person.personId, {
      grants: [{ section, level, endsAt: null, advanceChoice }],
      knownAs: 'Jo',
    });
  const suggestionCount = async () =>
    (
      await t.store.db
        .selectFrom('suggestion')
        .select('id')
        .where('person_id', '=', person.personId)
        .execute()
    ).length;

  beforeEach(async () => {
    person = await signUp(t.app, { displayName: 'Sam' });
    named = await contact('Ade');
    unnamed = await contact('Bea');
  });

  describe('the crisis plan', () => {
    let documentId: string;
    let plan: CrisisPlan;
    const url = () => `${base()}/crisis-plan`;

    beforeEach(async () => {
      documentId = await upload(`${url()}/documents`, PDF_BYTES, 'application/pdf');
      plan = {
        ...EMPTY_CRISIS_PLAN,
        signs: 'I stop sleeping and stop answering the phone.',
        wantInvolved: [{ contactId: named, whatToDo: 'Come round and sit with me.' }],
        whatHelps: 'Quiet.',
        treatment: 'The home treatment team.',
        nominatedPersonContactId: named,
        advanceChoiceDocumentId: documentId,
      };
      const saved = await put(url(), 0, plan);
      expect(saved.statusCode, saved.body).toBe(200);
    });

    it('merges a supporter’s words into the whole plan: what they could not see stays exactly as it is', async () => {
      const jo = await supporter('suggest', 'crisis_plan');
      const seen = (await get(jo, url())).json();
      expect(seen.data.advanceChoiceDocumentId).toBeNull();
      const made = await post(jo, `${base()}/suggestions/crisis-plan`, {
        itemId: null,
        baseVersion: seen.version,
        data: { ...seen.data, whatHelps: 'Quiet, and a cup of tea.' },
      });
      expect(made.statusCode, made.body).toBe(201);
      const id = made.json().id;
      // The person changes another part meanwhile.
      const changed = await put(url(), 1, { ...plan, allergies: 'Penicillin' });
      expect(changed.statusCode, changed.body).toBe(200);
      const shown = (await get(person, `${base()}/suggestions/${id}`)).json();
      expect(shown.outdated).toBe(true);

      const accepted = await post(person, `${base()}/suggestions/${id}/accept`, {}, ifMatch(2));
      expect(accepted.statusCode, accepted.body).toBe(200);
      const now = (await get(person, url())).json();
      expect(now.version).toBe(3);
      expect(now.data).toEqual({
        ...plan,
        allergies: 'Penicillin',
        whatHelps: 'Quiet, and a cup of tea.',
      });
      expect(now.data.advanceChoiceDocumentId).toBe(documentId);
      const document = await get(person, `${url()}/documents/${documentId}`);
      expect(document.statusCode).toBe(200);
      const [latest] = (await get(person, `${url()}/history`)).json().revisions;
      expect(latest).toMatchObject({ authoredBy: jo.personId, agreedBy: person.personId });
    });

    it('keeps the document when the plan had not changed since the supporter saw it', async () => {
      const jo = await supporter('suggest', 'crisis_plan');
      const seen = (await get(jo, url())).json();
      const made = await post(jo, `${base()}/suggestions/crisis-plan`, {
        itemId: null,
        baseVersion: seen.version,
        data: { ...seen.data, signs: 'I stop sleeping.' },
      });
      expect(made.statusCode, made.body).toBe(201);
      const accepted = await post(
        person,
        `${base()}/suggestions/${made.json().id}/accept`,
        {},
        ifMatch(1),
      );
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect((await get(person, url())).json().data).toEqual({
        ...plan,
        signs: 'I stop sleeping.',
      });
    });

    it('refuses a suggestion naming a contact the supporter was never shown, and changes nothing', async () => {
      const jo = await supporter('suggest', 'crisis_plan');
      const seen = (await get(jo, url())).json();
      const before = await recordSnapshot(t.store, person.personId);
      const refused = await post(jo, `${base()}/suggestions/crisis-plan`, {
        itemId: null,
        baseVersion: seen.version,
        data: {
          ...seen.data,
          wantInvolved: [...seen.data.wantInvolved, { contactId: unnamed, whatToDo: 'Ring me.' }],
        },
      });
      expectError(refused, 400, 'WM_VALIDATION_FAILED', 'data.wantInvolved.1.contactId');
      // Nor a file withheld from them, even by its id.
      const withFile = await post(jo, `${base()}/suggestions/crisis-plan`, {
        itemId: null,
        baseVersion: seen.version,
        data: { ...seen.data, advanceChoiceDocumentId: documentId },
      });
      expectError(withFile, 400, 'WM_VALIDATION_FAILED', 'data.advanceChoiceDocumentId');
      expect(await recordSnapshot(t.store, person.personId)).toEqual(before);
      expect(await suggestionCount()).toBe(0);
    });

    it('refuses with 412 where the person changed the same words since, and writes nothing', async () => {
      const jo = await supporter('suggest', 'crisis_plan');
      const seen = (await get(jo, url())).json();
      const made = await post(jo, `${base()}/suggestions/crisis-plan`, {
        itemId: null,
        baseVersion: seen.version,
        data: { ...seen.data, whatHelps: 'Music.' },
      });
      expect(made.statusCode, made.body).toBe(201);
      expect((await put(url(), 1, { ...plan, whatHelps: 'A walk.' })).statusCode).toBe(200);
      const before = await recordSnapshot(t.store, person.personId);
      const refused = await post(
        person,
        `${base()}/suggestions/${made.json().id}/accept`,
        {},
        ifMatch(2),
      );
      expect(refused.statusCode).toBe(412);
      expect(await recordSnapshot(t.store, person.personId)).toEqual(before);
    });

    it('is not offered to someone who may only view the plan', async () => {
      const viewer = await supporter('view', 'crisis_plan');
      const seen = (await get(viewer, url())).json();
      const refused = await post(viewer, `${base()}/suggestions/crisis-plan`, {
        itemId: null,
        baseVersion: seen.version,
        data: seen.data,
      });
      expect(refused.statusCode).toBe(404);
    });
  });

  describe('the safety plan', () => {
    let photoId: string;
    let plan: SafetyPlan;
    const url = () => `${base()}/safety-plan`;

    beforeEach(async () => {
      photoId = await upload(`${url()}/photos`, PNG_BYTES, 'image/png');
      plan = {
        ...EMPTY_SAFETY_PLAN,
        warningSigns: ['Not sleeping'],
        peopleToAsk: [{ contactId: named }],
        reasonsForLiving: ['My niece'],
        reasonPhotoIds: [photoId],
      };
      const saved = await put(url(), 0, plan);
      expect(saved.statusCode, saved.body).toBe(200);
    });

    it('merges a supporter’s lines, keeping the photos and contacts as the person has them', async () => {
      const jo = await supporter('suggest', 'safety_plan');
      const seen = (await get(jo, url())).json();
      const made = await post(jo, `${base()}/suggestions/safety-plan`, {
        itemId: null,
        baseVersion: seen.version,
        data: { ...seen.data, onMyOwn: ['Go for a walk by the river'] },
      });
      expect(made.statusCode, made.body).toBe(201);
      // Meanwhile the person names someone else to ask.
      const more = { ...plan, peopleToAsk: [{ contactId: named }, { contactId: unnamed }] };
      expect((await put(url(), 1, more)).statusCode).toBe(200);
      const accepted = await post(
        person,
        `${base()}/suggestions/${made.json().id}/accept`,
        {},
        ifMatch(2),
      );
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect((await get(person, url())).json().data).toEqual({
        ...more,
        onMyOwn: ['Go for a walk by the river'],
      });
    });

    it('refuses a photo or a contact the supporter was never shown, and changes nothing', async () => {
      const jo = await supporter('suggest', 'safety_plan');
      const seen = (await get(jo, url())).json();
      const before = await recordSnapshot(t.store, person.personId);
      const withContact = await post(jo, `${base()}/suggestions/safety-plan`, {
        itemId: null,
        baseVersion: seen.version,
        data: { ...seen.data, professionals: [{ contactId: unnamed }] },
      });
      expectError(withContact, 400, 'WM_VALIDATION_FAILED', 'data.professionals.0.contactId');
      const withPhoto = await post(jo, `${base()}/suggestions/safety-plan`, {
        itemId: null,
        baseVersion: seen.version,
        data: { ...seen.data, reasonPhotoIds: [photoId, crypto.randomUUID()] },
      });
      expectError(withPhoto, 400, 'WM_VALIDATION_FAILED', 'data.reasonPhotoIds.1');
      expect(await recordSnapshot(t.store, person.personId)).toEqual(before);
      expect(await suggestionCount()).toBe(0);
    });
  });
});
