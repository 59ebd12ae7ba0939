// The mappings that take care (decision 0045; the table in docs/ARCHITECTURE.md, "FHIR"), each
// checked on the sample record by hand.
import type {
  CarePlan,
  CareTeam,
  Consent,
  DocumentReference,
  Goal,
  Observation,
  Provenance,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Resource,
} from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { EXPORT_TAG, EXTENSIONS, REVIEW_QUESTIONNAIRE, SYSTEMS } from './codes.ts';
import { base64ToText } from './fhir-text.ts';
import { fromBundle } from './from-bundle.ts';
import { SAM, sampleSnapshot } from './sample-snapshot.ts';
import type { RecordSnapshot } from './snapshot.ts';
import { toBundle } from './to-bundle.ts';

const options = { now: new Date('2026-11-30T12:00:00Z'), baseUrl: 'https://waymark.example.org/' };
const bundleOf = (snapshot: RecordSnapshot = sampleSnapshot()) => toBundle(snapshot, options);
const all = (snapshot?: RecordSnapshot) =>
  (bundleOf(snapshot).entry ?? []).map((entry) => entry.resource as Resource);
const kindOf = (resource: Resource) =>
  resource.meta?.tag?.find((tag) => tag.system === SYSTEMS.kind)?.code;
function one<T extends Resource>(kind: string, snapshot?: RecordSnapshot): T {
  const found = all(snapshot).filter((resource) => kindOf(resource) === kind);
  expect(found).toHaveLength(1);
  return found[0] as T;
}

describe('The FHIR export of a record', () => {
  it('is a collection marked as a Waymark export, each entry at its address under the base', () => {
    const bundle = bundleOf();
    expect(bundle.type).toBe('collection');
    expect(bundle.meta?.tag).toContainEqual(expect.objectContaining(EXPORT_TAG));
    expect(bundle.timestamp).toBe('2026-11-30T12:00:00.000Z');
    expect(bundle.entry?.[0]?.fullUrl).toBe(`https://waymark.example.org/fhir/R4/Patient/${SAM}`);
  });

  it('writes a goal with its status, life area, date, notes and steps in FHIR’s own places', () => {
    const goal = one<Goal>('goal');
    expect(goal.lifecycleStatus).toBe('on-hold'); // paused
    expect(goal.description.text).toBe('Get back to work three days a week');
    expect(goal.category?.[0]?.text).toBe('Work and money');
    expect(goal.target?.[0]?.dueDate).toBe('2027-03-01');
    expect(goal.note).toEqual([
      { id: expect.any(String), time: '2026-10-05', text: 'Met my manager. It went well.' },
    ]);
    expect(goal.extension).toContainEqual({
      url: EXTENSIONS.goalWhy,
      valueString: 'I miss the people',
    });
    const steps = one<CarePlan>('goal_steps');
    expect(steps.goal?.[0]?.reference).toBe(`Goal/${goal.id}`);
    expect(steps.activity?.map((a) => [a.id, a.detail?.status, a.detail?.description])).toEqual([
      ['step-1', 'completed', 'Talk to my manager'],
      ['step-2', 'not-started', 'Try one day first'],
    ]);
  });

  it('says who wrote each version and who agreed it, in a Provenance per version', () => {
    const about = one<DocumentReference>('about_me');
    const provenance = all().filter(
      (r): r is Provenance =>
        r.resourceType === 'Provenance' &&
        r.target[0]?.reference === `DocumentReference/${about.id}/_history/2`,
    );
    expect(provenance).toHaveLength(1);
    const [version] = provenance as [Provenance];
    const agent = (type: string) => version.agent.find((a) => a.type?.coding?.[0]?.code === type);
    expect(agent('author')?.who).toEqual({
      identifier: { system: SYSTEMS.account, value: '1c7a2b3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d' },
      display: 'Jo',
    });
    expect(agent('author')?.role?.[0]?.coding?.[0]?.code).toBe('supporter');
    expect(agent('verifier')?.who?.reference).toBe(`Patient/${SAM}`);
    expect(version.signature?.[0]?.when).toBe('2026-09-02T09:00:00.000Z');
    expect(version.recorded).toBe('2026-09-02T09:00:00.000Z');
    // A goal note is inside its Goal: its Provenance names the note's element and version.
    const note = all().find(
      (r): r is Provenance =>
        r.resourceType === 'Provenance' &&
        r.target[0]?.extension?.some((e) => e.url === EXTENSIONS.targetElement) === true,
    );
    expect(note?.target[0]?.extension).toContainEqual({
      url: EXTENSIONS.noteVersion,
      valueInteger: 1,
    });
  });

  it('writes the crisis plan’s people, the people not to involve and its file as FHIR has them', () => {
    const plan = one<CarePlan>('crisis_plan');
    const part = (field: string) =>
      plan.activity
        ?.filter((a) => a.detail?.code?.coding?.[0]?.code === field)
        .map((a) => a.detail);
    expect(part('wantInvolved')).toEqual([
      expect.objectContaining({
        performer: [{ reference: 'RelatedPerson/3e9c4d5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f' }],
        description: 'Come round',
      }),
    ]);
    expect(part('notInvolved')).toEqual([
      expect.objectContaining({
        doNotPerform: true,
        performer: [{ display: 'My uncle' }],
        description: 'He makes it worse',
      }),
    ]);
    expect(part('practical.pets')?.[0]?.description).toBe('Jo feeds Bryn');
    expect(part('whatDoesNotHelp')).toEqual([]); // empty: nothing written
    expect(plan.supportingInfo).toEqual([
      { reference: 'DocumentReference/5a1e6f7b-8c9d-4e0f-9a1b-3c4d5e6f7081' },
    ]);
    expect(plan.extension).toEqual([{ url: EXTENSIONS.lastReviewed, valueDate: '2026-09-10' }]);
  });

  it('leaves out references to contacts and files no longer there, and reads the plan without them', () => {
    const snapshot = sampleSnapshot();
    snapshot.supportNetwork = snapshot.supportNetwork.slice(1); // Jo's contact deleted
    snapshot.attachments = []; // both files gone
    const plan = one<CarePlan>('crisis_plan', snapshot);
    expect(JSON.stringify(plan)).not.toContain('3e9c4d5f');
    expect(plan.supportingInfo).toBeUndefined();
    const read = fromBundle(JSON.parse(JSON.stringify(bundleOf(snapshot))));
    expect(read.ok && read.snapshot.plans.crisis_plan?.data).toMatchObject({
      wantInvolved: [],
      nominatedPersonContactId: null,
      advanceChoiceDocumentId: null,
    });
    expect(read.ok && read.snapshot.plans.safety_plan?.data.reasonPhotoIds).toEqual([]);
  });

  it('keeps a rating of a life area since deleted: the area is named by its id, not a reference', () => {
    const snapshot = sampleSnapshot();
    snapshot.lifeAreas = [];
    snapshot.goals = [];
    const read = fromBundle(JSON.parse(JSON.stringify(bundleOf(snapshot))));
    expect(read.ok && read.snapshot.lifeAreaRatings[0]?.data.ratings).toEqual([
      { lifeAreaId: '2d8b3c4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', score: 4, wantHelp: true },
    ]);
  });

  it('writes each grant as a Consent: suggest is access and correct, with its end and the document', () => {
    const consents = all().filter((r): r is Consent => kindOf(r) === 'grant');
    const crisis = consents.find(
      (c) => c.provision?.code?.[0]?.coding?.[0]?.code === 'crisis_plan',
    );
    expect(crisis?.provision?.action?.map((a) => a.coding?.[0]?.code)).toEqual([
      'access',
      'correct',
    ]);
    expect(crisis?.provision?.extension).toEqual([
      { url: EXTENSIONS.advanceChoice, valueBoolean: true },
    ]);
    expect(crisis?.provision?.actor?.[0]?.reference.reference).toBe(
      'RelatedPerson/8d4b9c0e-1f2a-4b3c-8d4e-6f708192a3b4',
    );
    const goals = consents.find((c) => c.provision?.code?.[0]?.coding?.[0]?.code === 'goals');
    expect(goals?.provision?.action?.map((a) => a.coding?.[0]?.code)).toEqual(['access']);
    expect(goals?.provision?.period).toEqual({ end: '2027-09-01T00:00:00.000Z' });
    const journal = one<Consent>('shared_journal_entries');
    expect(journal.provision?.data).toEqual([
      {
        meaning: 'instance',
        reference: { reference: 'DocumentReference/7c3a8b9d-0e1f-4a2b-9c3d-5e6f708192a3' },
      },
    ]);
  });

  it('codes a measure score with its SNOMED CT code first and the free LOINC code beside it', () => {
    const score = one<Observation>('measure_score');
    expect(score.code.coding?.map((c) => `${c.system}|${c.code}`)).toEqual([
      'http://snomed.info/sct|720433000',
      'http://loinc.org|44261-6',
    ]);
    expect(score.valueQuantity?.value).toBe(12);
    expect(score.derivedFrom?.[0]?.reference).toBe(
      'QuestionnaireResponse/38f6ab13-c4d5-4e01-9c2f-1a2b3c4d5e6f',
    );
  });

  it('writes a check-in as one Observation: a component per scale and per sign, for me only kept', () => {
    const checkin = one<Observation>('checkin');
    expect(
      checkin.component?.map((c) => [c.code.coding?.[0]?.code, c.valueInteger ?? c.valueString]),
    ).toEqual([
      ['mood', 3],
      ['own-voices', 7],
      ['warning-sign', 'Not sleeping'],
    ]);
    expect(checkin.meta?.tag).toContainEqual(expect.objectContaining({ code: 'for-me-only' }));
    expect(checkin.extension).toEqual([{ url: EXTENSIONS.takenOn, valueDate: '2026-10-02' }]);
    expect(checkin.note).toEqual([{ text: 'Hard day' }]);
  });

  it('lists the support network in a CareTeam with who is formal and who to call in a crisis', () => {
    const team = one<CareTeam>('support_network');
    expect(team.participant?.map((p) => p.role?.[0]?.coding?.map((c) => c.code))).toEqual([
      ['informal', 'crisis-contact'],
      ['formal'],
    ]);
  });

  it('keeps a journal entry’s words exactly, and makes FHIR strings safe of control characters', () => {
    const entry = one<DocumentReference>('journal_entry');
    expect(base64ToText(entry.content[0]?.attachment.data ?? '')).toBe(
      sampleSnapshot().journal[0]?.text,
    );
    const snapshot = sampleSnapshot();
    const plan = snapshot.plans.after_crisis;
    if (plan) plan.data.backOnTrack = 'Walks\u000bfirst';
    const written = one<CarePlan>('after_crisis', snapshot);
    expect(written.activity?.[0]?.detail?.description).toBe('Walks\ufffdfirst');
  });

  it('writes text of spaces alone as no text, as FHIR has no such strings', () => {
    const snapshot = sampleSnapshot();
    const plan = snapshot.plans.after_crisis;
    if (plan) plan.data.learned = ' \n ';
    expect(one<CarePlan>('after_crisis', snapshot).activity).toHaveLength(1);
  });

  it('writes a grant to a team as a Consent to a CareTeam named as the team and its service', () => {
    const team = one<CareTeam>('team');
    expect(team.name).toBe('Riverside team');
    expect(team.managingOrganization).toEqual([{ display: 'Northshire Recovery Service' }]);
    expect(team.period?.start).toBe('2026-09-20T10:00:00.000Z');
    const grant = all()
      .filter((r): r is Consent => kindOf(r) === 'grant')
      .find((c) => c.provision?.actor?.[0]?.reference.reference === `CareTeam/${team.id}`);
    expect(grant?.provision?.code?.[0]?.coding?.[0]?.code).toBe('reviews');
    expect(grant?.provision?.action?.map((a) => a.coding?.[0]?.code)).toEqual([
      'access',
      'correct',
    ]);
  });

  it('writes a review as a QuestionnaireResponse: ratings, the four steps and each action', () => {
    const review = one<QuestionnaireResponse>('review');
    expect(review.questionnaire).toBe(REVIEW_QUESTIONNAIRE);
    expect(review.status).toBe('completed');
    expect(review.authored).toBe('2026-10-10T09:00:00.000Z');
    const items = review.item ?? [];
    const answer = (item: QuestionnaireResponseItem | undefined, linkId: string) =>
      item?.item?.find((i) => i.linkId === linkId)?.answer?.[0];
    const care = items.filter((i) => i.linkId === 'my-care');
    expect(care.map((i) => [i.text, answer(i, 'score')?.valueInteger])).toEqual([
      ['Medication', 5],
      ['Practical help', undefined],
    ]);
    expect(answer(care[1], 'want-help')?.valueBoolean).toBe(true);
    const area = items.find((i) => i.linkId === 'area');
    expect(area?.text).toBe('Work');
    expect(answer(area, 'smallest-step')?.valueString).toBe('Talk to my manager');
    const actions = area?.item?.filter((i) => i.linkId === 'action') ?? [];
    expect(actions.map((a) => answer(a, 'decision')?.valueCoding?.code)).toEqual([
      'confirmed',
      'waiting',
    ]);
    expect(answer(actions[0], 'goal')?.valueReference?.reference).toBe(
      'Goal/af6d1e2a-3b4c-4d5e-8f6a-8192a3b4c5d6',
    );
    // The practitioner who added an action is named as the writers of versions are.
    expect(answer(actions[1], 'added-by')?.valueReference).toEqual({
      identifier: { system: SYSTEMS.account, value: 'a06d1e2f-3b4c-4d5e-9f60-8192a3b4c5e7' },
      display: 'Priya Shah',
    });
    expect(answer(actions[1], 'added-by-role')?.valueCoding?.code).toBe('practitioner');
    const saved = all().filter(
      (r): r is Provenance =>
        r.resourceType === 'Provenance' &&
        r.target[0]?.reference?.startsWith(`QuestionnaireResponse/${review.id}/`) === true,
    );
    expect(saved.map((p) => p.activity?.coding?.[1]?.code)).toEqual([
      'create',
      'ratings',
      'meeting',
    ]);
  });
});
