// What an import refuses (issue 15, "Bad input"), each with the problem it names, the first one
// found; and that no input at all makes it throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, SYSTEMS } from './codes.ts';
import { fromBundle } from './from-bundle.ts';
import { sampleSnapshot } from './sample-snapshot.ts';
import { toBundle } from './to-bundle.ts';

const options = { now: new Date('2026-11-30T12:00:00Z'), baseUrl: 'https://waymark.example.org' };
// biome-ignore lint/suspicious/noExplicitAny: the tests reach into parsed JSON to break it on purpose.
type Json = Record<string, any>;
/** A fresh export of the sample record, as parsed JSON to change. */
const exported = (): Json => JSON.parse(JSON.stringify(toBundle(sampleSnapshot(), options)));
const entryOf = (bundle: Json, type: string, kind?: string): Json =>
  bundle.entry.find(
    (entry: Json) =>
      entry.resource.resourceType === type &&
      (!kind || entry.resource.meta?.tag?.some((tag: Json) => tag.code === kind)),
  ).resource;

function problemOf(input: unknown) {
  const read = fromBundle(input);
  if (read.ok) throw new Error('expected a refusal');
  return read.problem;
}

describe('Importing a Bundle', () => {
  it('reads back the export of a whole record as the same record', () => {
    // The sample's goal note has no time of its last change (''): the export has no place for
    // it, its versions' Provenance keep their times. The form feed pasted into the journal
    // entry comes back too, as the entry's words travel as base64.
    const read = fromBundle(exported());
    expect(read.ok && read.snapshot).toEqual(sampleSnapshot());
  });

  it.each([
    ['nothing', undefined],
    ['a number', 42],
    ['text', 'Bundle'],
    ['a list', [exported()]],
    ['a Patient', { resourceType: 'Patient', id: 'x' }],
    ['resourceType in the wrong case', { ...exported(), resourceType: 'bundle' }],
  ])('refuses %s: not a Bundle', (_, input) => {
    expect(problemOf(input)).toEqual({ key: 'fhir.import.notBundle' });
  });

  it('refuses a Bundle of another type', () => {
    expect(problemOf({ ...exported(), type: 'transaction' })).toEqual({
      key: 'fhir.import.notCollection',
    });
  });

  it('refuses a collection that Waymark did not make', () => {
    const bundle = exported();
    delete bundle.meta;
    expect(problemOf(bundle)).toEqual({ key: 'fhir.import.notWaymark' });
    bundle.meta = { tag: [{ system: 'https://example.org/other', code: 'record-export' }] };
    expect(problemOf(bundle)).toEqual({ key: 'fhir.import.notWaymark' });
  });

  it('refuses a resource type an export never has, naming it', () => {
    const bundle = exported();
    bundle.entry.splice(3, 0, {
      resource: { resourceType: 'MedicationRequest', id: 'm1', status: 'active' },
    });
    expect(problemOf(bundle)).toEqual({
      key: 'fhir.import.wrongType',
      params: { type: 'MedicationRequest' },
    });
  });

  it('refuses more entries than the limit, before reading any', () => {
    const bundle = exported();
    bundle.entry = Array.from({ length: IMPORT_LIMITS.entries + 1 }, (_, i) => ({
      resource: { resourceType: 'Basic', id: `b${i}` },
    }));
    expect(problemOf(bundle)).toEqual({
      key: 'fhir.import.tooMany',
      params: { max: IMPORT_LIMITS.entries },
    });
  });

  it('refuses text longer than the limit, naming where', () => {
    const bundle = exported();
    bundle.entry[0].resource.name[0].text = 'x'.repeat(IMPORT_LIMITS.text + 1);
    expect(problemOf(bundle)).toEqual({
      key: 'fhir.import.tooLong',
      params: { where: 'Bundle.entry[0].resource.name[0].text', max: IMPORT_LIMITS.text },
    });
  });

  it('refuses JSON nested deeper than any record, and a value that refers to itself', () => {
    const bundle = exported();
    let deep: Json = {};
    for (let i = 0; i < 100; i++) deep = { extension: [deep] };
    bundle.entry[0].resource.extension = [deep];
    expect(problemOf(bundle).key).toBe('fhir.import.tooDeep');
    const cyclic = exported();
    cyclic.entry[0].resource.self = cyclic;
    expect(problemOf(cyclic).key).toBe('fhir.import.tooDeep');
  });

  it('refuses a resource that is in the Bundle twice', () => {
    const bundle = exported();
    const goal = entryOf(bundle, 'Goal');
    bundle.entry.push({ resource: { ...goal } });
    expect(problemOf(bundle)).toEqual({
      key: 'fhir.import.duplicate',
      params: { reference: `Goal/${goal.id}` },
    });
  });

  it('refuses a reference to something not in the Bundle', () => {
    const bundle = exported();
    const plan = entryOf(bundle, 'CarePlan', 'crisis_plan');
    plan.activity[1].detail.performer[0].reference = 'RelatedPerson/somebody-else';
    expect(problemOf(bundle)).toEqual({
      key: 'fhir.import.unresolved',
      params: { reference: 'RelatedPerson/somebody-else' },
    });
  });

  it('refuses a Bundle about no one, or about two people', () => {
    const none = exported();
    none.entry = none.entry.filter((entry: Json) => entry.resource.resourceType !== 'Patient');
    // Without the Patient every reference to it fails first: that is the first problem.
    expect(problemOf(none).key).toBe('fhir.import.unresolved');
    const two = exported();
    two.entry.push({ resource: { ...entryOf(two, 'Patient'), id: 'another-person' } });
    expect(problemOf(two)).toEqual({ key: 'fhir.import.onePatient' });
  });

  it('refuses words the record would not keep, naming the resource', () => {
    const bundle = exported();
    const goal = entryOf(bundle, 'Goal');
    goal.lifecycleStatus = 'entered-in-error';
    expect(problemOf(bundle)).toEqual({
      key: 'fhir.import.invalidItem',
      params: { where: `Goal/${goal.id}` },
    });
  });

  it('refuses a review beyond what a review holds, or with an action of no known owner', () => {
    const bundle = exported();
    const review = entryOf(bundle, 'QuestionnaireResponse', 'review');
    const where = {
      key: 'fhir.import.invalidItem',
      params: { where: `QuestionnaireResponse/${review.id}` },
    };
    // Four areas talked about, when a review holds three.
    const area = review.item.find((item: Json) => item.linkId === 'area');
    review.item.push(...[1, 2, 3].map(() => structuredClone(area)));
    expect(problemOf(bundle)).toEqual(where);

    const again = exported();
    const action = entryOf(again, 'QuestionnaireResponse', 'review')
      .item.find((item: Json) => item.linkId === 'area')
      .item.find((item: Json) => item.linkId === 'action');
    action.item.find((item: Json) => item.linkId === 'who').answer[0].valueCoding.code = 'nobody';
    expect(problemOf(again)).toEqual(where);

    // One area twice.
    const twice = exported();
    const items = entryOf(twice, 'QuestionnaireResponse', 'review').item;
    items.push(structuredClone(items.find((item: Json) => item.linkId === 'area')));
    expect(problemOf(twice)).toEqual(where);
  });

  it('refuses a file whose size is not the size of its bytes, or whose bytes are not base64', () => {
    const bundle = exported();
    const file = entryOf(bundle, 'DocumentReference', 'attachment');
    file.content[0].attachment.size = 5_000;
    expect(problemOf(bundle)).toEqual({
      key: 'fhir.import.invalidItem',
      params: { where: `DocumentReference/${file.id}` },
    });
    file.content[0].attachment.data = 'not base64!';
    expect(problemOf(bundle).key).toBe('fhir.import.invalidItem');
  });

  it('refuses a journal entry whose text is not UTF-8', () => {
    const bundle = exported();
    const entry = entryOf(bundle, 'DocumentReference', 'journal_entry');
    entry.content[0].attachment.data = '/w==';
    expect(problemOf(bundle)).toEqual({
      key: 'fhir.import.invalidItem',
      params: { where: `DocumentReference/${entry.id}` },
    });
  });

  it('refuses a resource whose kind is not one of ours, or not of its type', () => {
    const bundle = exported();
    const goal = entryOf(bundle, 'Goal');
    goal.meta.tag[0].code = 'journal_entry';
    expect(problemOf(bundle)).toEqual({
      key: 'fhir.import.malformed',
      params: { where: `Goal/${goal.id}` },
    });
    goal.meta.tag[0].code = '__proto__';
    expect(problemOf(bundle).key).toBe('fhir.import.malformed');
  });

  it('reads a Bundle near its bounds in time that grows with its size, not its square', () => {
    const bundle = exported();
    const patient = { reference: `Patient/${entryOf(bundle, 'Patient').id}` };
    const people = 20_000;
    for (let i = 0; i < people; i++) {
      bundle.entry.push({
        resource: {
          resourceType: 'RelatedPerson',
          id: `r${i}`,
          meta: { tag: [{ system: SYSTEMS.kind, code: 'relationship' }] },
          patient,
          relationship: [{ coding: [{ system: SYSTEMS.relationshipRole, code: 'friend' }] }],
          name: [{ text: `Friend ${i}` }],
          period: { start: '2026-01-01T00:00:00.000Z' },
        },
      });
      bundle.entry.push({
        resource: {
          resourceType: 'Consent',
          id: `c${i}`,
          meta: { tag: [{ system: SYSTEMS.kind, code: 'grant' }] },
          provision: {
            actor: [{ reference: { reference: `RelatedPerson/r${i}` } }],
            action: [{ coding: [{ system: SYSTEMS.consentAction, code: 'access' }] }],
            code: [{ coding: [{ system: SYSTEMS.section, code: 'goals' }] }],
          },
        },
      });
    }
    const started = performance.now();
    const read = fromBundle(bundle);
    // The sample's own two: Jo and the Riverside team.
    expect(read.ok && read.snapshot.relationships).toHaveLength(people + 2);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('names the first problem when there are several', () => {
    const bundle = exported();
    bundle.entry.splice(1, 0, { resource: { resourceType: 'Account', id: 'a' } });
    bundle.entry.push({ resource: { ...entryOf(bundle, 'Goal') } });
    expect(problemOf(bundle).key).toBe('fhir.import.wrongType');
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(fromBundle(value).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when any part of a real export is replaced by any JSON', () => {
    const base = exported();
    fc.assert(
      fc.property(
        fc.nat(base.entry.length - 1),
        fc.nat(40),
        fc.jsonValue({ maxDepth: 3 }),
        (entryIndex, fieldIndex, value) => {
          const bundle = exported();
          const resource = bundle.entry[entryIndex].resource;
          const keys = Object.keys(resource);
          resource[keys[fieldIndex % keys.length] as string] = value;
          const read = fromBundle(bundle);
          expect(typeof read.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
