// Generated records for the FHIR mapping's tests: every part of a RecordSnapshot, with text in
// several scripts, references between parts (and some to things no longer there, which the
// export leaves out), histories written and agreed by others. Each item's words go through the
// record's own schema, so they are what the server would hold.
import fc from 'fast-check';
import { RELATIONSHIP_ROLES } from '../access/context.ts';
import { ROLES } from '../auth/auth.schema.ts';
import { checkinSettingsSchema, lifeAreaRatingSetSchema } from '../checkins/checkins.schema.ts';
import { LANGUAGE_CODES } from '../i18n/languages.ts';
import {
  afterCrisisSchema,
  CONTACT_KINDS,
  crisisPlanSchema,
  movingOnSchema,
  safetyPlanSchema,
  stayingWellSchema,
  supportContactSchema,
} from '../record/plans.schema.ts';
import {
  aboutMeSchema,
  GOAL_STATUSES,
  goalNoteSchema,
  goalSchema,
  lifeAreaSchema,
  REVISION_ACTIONS,
} from '../record/record.schema.ts';
import { DEFAULT_MY_CARE_ITEMS } from '../reviews/my-care.ts';
import { ACTION_DECISIONS, ACTION_OWNERS } from '../reviews/review-rules.ts';
import { INVITABLE_SECTIONS } from '../sharing/share-choices.ts';
import type { z } from '../validation.ts';
import {
  type Kept,
  type RecordSnapshot,
  type ReviewSnapshot,
  VERSION_ACTIONS,
  type VersionSummary,
  type Writer,
} from './snapshot.ts';

/** Characters people type, in the five languages, with spaces, line ends and quotes. */
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) },
  fc.constantFrom('é', 'ŵ', 'ł', 'ی', 'ے', 'ব', 'া', '😀', '\u00a0', '\n', '\r\n', '\t', '"', '<'),
);
const WORDS = fc.string({ unit, maxLength: 24 });
const words = () => WORDS;
/** A required line: trimmed and not empty, as the schemas keep it. */
const lineOf = (maxLength: number) =>
  fc.string({ unit, minLength: 1, maxLength }).map((value) => value.trim() || 'x');
const LINE = lineOf(16);
const LONG_LINE = lineOf(30);
const line = (maxLength = 16) => (maxLength === 16 ? LINE : LONG_LINE);
const uuid = fc.uuid();
const date = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((value) => value.toISOString().slice(0, 10));
const instant = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((value) => value.toISOString());
const parsed =
  <S extends z.ZodType>(schema: S) =>
  (value: unknown) =>
    schema.parse(value) as z.output<S>;

/** The person whose record it is: ids are not what the tests compare, so one will do. */
export const OWNER_ID = '5d1c7a52-8f0e-4b7a-9a55-2f3c1e0d9b61';

const WRITER: fc.Arbitrary<Writer> = fc.oneof(
  fc.record({ accountId: fc.constant(OWNER_ID), name: LINE, role: fc.constant('person' as const) }),
  fc.record({ accountId: uuid, name: LINE, role: fc.constantFrom(...ROLES) }),
);

const historyOf = (actions: readonly VersionSummary['action'][]): fc.Arbitrary<VersionSummary[]> =>
  fc
    .array(
      fc.record({
        action: fc.constantFrom(...actions),
        at: instant,
        author: WRITER,
        agreed: fc.option(fc.record({ by: WRITER, at: instant }), { nil: null }),
      }),
      { maxLength: 3 },
    )
    .map((versions) => versions.map((version, index) => ({ version: index + 1, ...version })));
const HISTORY = historyOf(REVISION_ACTIONS);
/** A review's versions say which part was saved. */
const REVIEW_HISTORY = historyOf(VERSION_ACTIONS);

function kept<T>(data: fc.Arbitrary<T>): fc.Arbitrary<Kept<T>> {
  return fc.record({ id: uuid, data, updatedAt: instant, history: HISTORY });
}

/** Ids of things that may be named elsewhere: the n-th of a list takes the n-th id of its pool. */
const pool = (letter: string) =>
  [0, 1, 2, 3].map((n) => `${letter}000000${n}-0000-4000-8000-000000000000`);
const AREA_IDS = pool('a');
const CONTACT_IDS = pool('c');
const FILE_IDS = pool('f');
const JOURNAL_IDS = pool('e');
const GOAL_IDS = pool('b');
/** A reference into a pool of four when lists hold three at most: now and then to a thing gone. */
const oneOf = (ids: string[]) => fc.constantFrom(...ids);
/** A list whose n-th entry takes the n-th id of the pool. */
const withIds = <T extends { id: string }>(ids: string[], item: fc.Arbitrary<T>) =>
  fc
    .array(item, { maxLength: 3 })
    .map((items) => items.map((entry, index) => ({ ...entry, id: ids[index] as string })));

export function recordSnapshot(): fc.Arbitrary<RecordSnapshot> {
  const areaIds = AREA_IDS;
  const contactIds = CONTACT_IDS;
  const fileIds = FILE_IDS;
  const journalIds = JOURNAL_IDS;
  const areas = withIds(AREA_IDS, kept(fc.record({ name: line() }).map(parsed(lifeAreaSchema))));
  const contacts = withIds(
    CONTACT_IDS,
    kept(
      fc
        .record({
          name: line(),
          kind: fc.constantFrom(...CONTACT_KINDS),
          howTheyHelp: words(),
          phone: fc.constantFrom('', '01234 567890', '+44 (0)20 7946 0000'),
          email: fc.constantFrom('', 'sam@example.com'),
          notes: words(),
          formal: fc.boolean(),
          crisisContact: fc.boolean(),
        })
        .map(parsed(supportContactSchema)),
    ),
  );
  const files = withIds(
    FILE_IDS,
    fc.record({
      id: uuid,
      purpose: fc.constantFrom('advance_choice' as const, 'reason_photo' as const),
      mediaType: fc.constantFrom('application/pdf', 'image/png', 'image/jpeg'),
      fileName: line(),
      bytes: fc.uint8Array({ maxLength: 48 }),
      sha256: fc.constantFrom('0'.repeat(64), 'ab'.repeat(32)),
      createdAt: instant,
    }),
  );
  const journal = withIds(
    JOURNAL_IDS,
    fc.record({
      id: uuid,
      date,
      mood: fc.option(fc.integer({ min: 1, max: 7 }), { nil: null }),
      text: fc.string({ unit, minLength: 1, maxLength: 40 }),
      updatedAt: instant,
      history: HISTORY,
    }),
  );
  const goal = kept(
    fc
      .record({
        title: line(),
        why: words(),
        lifeAreaId: fc.option(oneOf(areaIds), { nil: null }),
        steps: fc.array(fc.record({ id: uuid, text: line(), done: fc.boolean() }), {
          maxLength: 3,
        }),
        whoHelps: words(),
        targetDate: fc.option(date, { nil: null }),
        status: fc.constantFrom(...GOAL_STATUSES),
      })
      .map(parsed(goalSchema)),
  ).chain((g) =>
    fc
      .array(kept(fc.record({ date, text: line(30) }).map(parsed(goalNoteSchema))), {
        maxLength: 2,
      })
      .map((notes) => ({ ...g, notes: notes.map((note) => ({ ...note, updatedAt: '' })) })),
  );
  const lines = fc.array(line(), { maxLength: 3 });
  const pairs = (when: string, then: string) =>
    fc.array(fc.record({ [when]: line(), [then]: words() }), { maxLength: 2 });
  const plans = fc.record({
    staying_well: fc.option(
      kept(
        fc
          .record({
            daily: lines,
            weekly: lines,
            triggers: pairs('trigger', 'whatHelps'),
            earlyWarningSigns: pairs('sign', 'whatToDo'),
            gettingWorse: pairs('sign', 'whatHelps'),
          })
          .map(parsed(stayingWellSchema)),
      ),
      { nil: null },
    ),
    crisis_plan: fc.option(
      kept(
        fc
          .record({
            signs: words(),
            wantInvolved: fc.array(fc.record({ contactId: oneOf(contactIds), whatToDo: words() }), {
              maxLength: 2,
            }),
            notInvolved: fc.array(fc.record({ name: line(), reason: words() }), {
              maxLength: 2,
            }),
            whatHelps: words(),
            whatDoesNotHelp: words(),
            treatment: words(),
            medication: words(),
            allergies: words(),
            practical: fc.record({
              children: words(),
              pets: words(),
              home: words(),
              bills: words(),
              work: words(),
            }),
            placesOfCare: words(),
            noLongerApplies: words(),
            nominatedPersonContactId: fc.option(oneOf(contactIds), { nil: null }),
            advanceChoiceDocumentId: fc.option(oneOf(fileIds), { nil: null }),
            lastReviewed: fc.option(date, { nil: null }),
          })
          .map(parsed(crisisPlanSchema)),
      ),
      { nil: null },
    ),
    safety_plan: fc.option(
      kept(
        fc
          .record({
            warningSigns: lines,
            onMyOwn: lines,
            peopleAndPlaces: lines,
            peopleToAsk: fc.array(fc.record({ contactId: oneOf(contactIds) }), {
              maxLength: 2,
            }),
            professionals: fc.array(fc.record({ contactId: oneOf(contactIds) }), {
              maxLength: 2,
            }),
            saferSurroundings: lines,
            reasonsForLiving: lines,
            reasonPhotoIds: fc.uniqueArray(oneOf(fileIds), { maxLength: 2 }),
          })
          .map(parsed(safetyPlanSchema)),
      ),
      { nil: null },
    ),
    after_crisis: fc.option(
      kept(fc.record({ backOnTrack: words(), learned: words() }).map(parsed(afterCrisisSchema))),
      { nil: null },
    ),
    moving_on: fc.option(
      kept(
        fc
          .record({
            earlyWarningSigns: lines,
            contacts: fc.array(fc.record({ contactId: oneOf(contactIds), whatToDo: words() }), {
              maxLength: 2,
            }),
            wayBack: words(),
            whatToSay: words(),
            helpedBefore: words(),
          })
          .map(parsed(movingOnSchema)),
      ),
      { nil: null },
    ),
  });
  const relationships = fc.array(
    fc.record({
      id: uuid,
      role: fc.constantFrom(...RELATIONSHIP_ROLES),
      knownAs: line(),
      team: fc.option(fc.record({ name: words(), service: words() }), { nil: null }),
      since: instant,
      grants: fc.uniqueArray(
        fc.record({
          section: fc.constantFrom(...INVITABLE_SECTIONS),
          level: fc.constantFrom('view' as const, 'suggest' as const),
          endsAt: fc.option(instant, { nil: null }),
          advanceChoice: fc.boolean(),
        }),
        { maxLength: 3, selector: (grant) => grant.section },
      ),
      sharedJournalEntryIds: fc.uniqueArray(oneOf(journalIds), { maxLength: 2 }),
    }),
    { maxLength: 2 },
  );
  const scaleIds = fc.constantFrom('mood', 'hope', 'sleep', 'own-walks', 'own-voices');
  const settings = fc.option(
    kept(
      fc
        .record({
          scales: fc.uniqueArray(
            fc.record({
              id: scaleIds,
              range: fc.constantFrom('1-7' as const, '0-10' as const),
              active: fc.boolean(),
              name: line(),
            }),
            { maxLength: 4, selector: (scale) => scale.id },
          ),
          reminder: fc.constantFrom('off', 'daily', 'every_few_days', 'weekly'),
          warningSignPrompts: fc.uniqueArray(line(), { maxLength: 2 }),
        })
        .map((data) => ({
          ...data,
          scales: data.scales.map((scale) => ({
            ...scale,
            name: scale.id.startsWith('own-') ? scale.name : null,
          })),
        }))
        .map(parsed(checkinSettingsSchema)),
    ),
    { nil: null },
  );
  const checkins = fc.array(
    fc.record({
      id: uuid,
      takenAt: instant,
      takenOn: date,
      scores: fc.dictionary(scaleIds, fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(2.5)), {
        maxKeys: 3,
      }),
      note: words(),
      forMeOnly: fc.boolean(),
      signsPresent: fc.array(line(), { maxLength: 2 }),
      updatedAt: instant,
      history: HISTORY,
    }),
    { maxLength: 3 },
  );
  const ratings = fc.array(
    kept(
      fc
        .record({
          date,
          ratings: fc.uniqueArray(
            fc.record({
              lifeAreaId: oneOf(areaIds),
              score: fc.integer({ min: 1, max: 7 }),
              wantHelp: fc.boolean(),
            }),
            { minLength: 1, maxLength: 3, selector: (rating) => rating.lifeAreaId },
          ),
        })
        .map(parsed(lifeAreaRatingSetSchema)),
    ),
    { maxLength: 2 },
  );
  const answer = fc.oneof(
    fc.record({ valueInteger: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ valueBoolean: fc.boolean() }),
    fc.record({ valueDecimal: fc.constant(1.5) }),
    fc.record({ valueString: line() }),
    fc.record({
      valueCoding: fc.record({
        system: fc.constant('http://loinc.org'),
        code: fc.constantFrom('LA6568-5', 'LA6569-3'),
        display: line(),
      }),
    }),
  );
  const responses = fc.array(
    fc.record({
      id: uuid,
      questionnaire: fc.constantFrom(
        'https://waymark.example/fhir/Questionnaire/phq-9|1.0.0',
        'https://waymark.example/fhir/Questionnaire/goal-ratings|1.0.0',
      ),
      authored: instant,
      items: fc.array(
        fc.record({
          linkId: fc.stringMatching(/^[a-z0-9-]{1,10}$/),
          text: line(),
          answer: fc.array(answer, { minLength: 1, maxLength: 1 }),
        }),
        { maxLength: 3 },
      ),
      scoreDetails: fc.constantFrom('', '{"scales":[],"riskSignals":[]}'),
      scores: fc.array(
        fc.record({
          id: uuid,
          scaleId: fc.constantFrom('total', 'goal-1'),
          system: fc.constantFrom(
            'http://snomed.info/sct',
            'https://waymark.example/fhir/CodeSystem/measure-score',
          ),
          code: fc.constantFrom('720433000', '445455005', 'goal-ratings.total'),
          display: fc.option(line(), { nil: null }),
          value: fc.oneof(fc.integer({ min: 0, max: 27 }), fc.constant(6.5)),
          effectiveAt: instant,
          itemsAnswered: fc.option(fc.nat(9), { nil: null }),
          itemsTotal: fc.option(fc.nat(9), { nil: null }),
        }),
        { maxLength: 2 },
      ),
      note: words(),
      forMeOnly: fc.boolean(),
      updatedAt: instant,
      history: HISTORY,
    }),
    { maxLength: 2 },
  );
  const reviews = fc.array(review(), { maxLength: 2 });
  const aboutMe = fc.option(
    kept(
      fc
        .record({
          strengths: words(),
          values: words(),
          whatMatters: words(),
          identity: words(),
          culture: words(),
          whenWell: words(),
          howToSupportMe: words(),
        })
        .map(parsed(aboutMeSchema)),
    ),
    { nil: null },
  );
  return fc.record({
    person: fc.record({
      id: fc.constant(OWNER_ID),
      name: line(),
      email: fc.constant('person@example.com'),
      language: fc.option(fc.constantFrom(...LANGUAGE_CODES), { nil: null }),
    }),
    aboutMe,
    lifeAreas: areas,
    goals: fc
      .array(goal, { maxLength: 2 })
      .map((list) => list.map((g, index) => ({ ...g, id: GOAL_IDS[index] as string }))),
    plans,
    supportNetwork: contacts,
    relationships,
    checkinSettings: settings,
    checkins,
    lifeAreaRatings: ratings,
    measureResponses: responses,
    journal,
    attachments: files.map((list) =>
      list.map(({ bytes, ...file }) => ({
        ...file,
        byteSize: bytes.length,
        content: bytesToBase64(bytes),
      })),
    ),
    reviews,
  });
}

/** A review with ratings (some not given), areas talked about and actions in every state. */
function review(): fc.Arbitrary<ReviewSnapshot> {
  const rated = (ids: fc.Arbitrary<string>) =>
    fc.record({
      id: ids,
      words: words(),
      score: fc.option(fc.integer({ min: 1, max: 7 }), { nil: null }),
      wantHelp: fc.boolean(),
    });
  const action = fc
    .record({
      id: uuid,
      what: line(),
      who: fc.constantFrom(...ACTION_OWNERS),
      someoneName: words(),
      by: date,
      addedBy: WRITER,
      decision: fc.constantFrom(...ACTION_DECISIONS),
      decidedAt: instant,
      goalId: oneOf(GOAL_IDS),
    })
    .map((a) => ({
      ...a,
      decidedAt: a.decision === 'waiting' ? null : a.decidedAt,
      goalId: a.decision === 'confirmed' ? a.goalId : null,
    }));
  const area = fc.record({
    lifeAreaId: oneOf(AREA_IDS),
    words: words(),
    goingWell: words(),
    hard: words(),
    bestCase: words(),
    smallestStep: words(),
    byPerson: words(),
    byPractitioner: words(),
    byOthers: words(),
    actions: fc.array(action, { maxLength: 2 }),
  });
  const myCareIds = fc.constantFrom(...DEFAULT_MY_CARE_ITEMS.map((item) => item.id), 'own-1');
  return fc.record({
    id: uuid,
    createdAt: instant,
    updatedAt: instant,
    history: REVIEW_HISTORY,
    data: fc.record({
      ratedOn: fc.option(date, { nil: null }),
      lifeAreas: fc.uniqueArray(rated(oneOf(AREA_IDS)), { maxLength: 3, selector: (r) => r.id }),
      myCare: fc.uniqueArray(rated(myCareIds), { maxLength: 3, selector: (r) => r.id }),
      meetingOn: fc.option(date, { nil: null }),
      nextReviewOn: fc.option(date, { nil: null }),
      areas: fc.uniqueArray(area, { maxLength: 3, selector: (a) => a.lifeAreaId }),
    }),
  });
}

function bytesToBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}
