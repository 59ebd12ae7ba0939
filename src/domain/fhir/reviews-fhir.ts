// Reviews done together (decision 0043) as FHIR, both ways: one QuestionnaireResponse per review,
// answering Waymark's review questionnaire (REVIEW_QUESTIONNAIRE). The addendum of decision 0045
// says why. The layout, declared once here and read by both directions:
//
//   rated-on, meeting-on, next-review-on   valueDate, each only when set
//   life-area (repeats)                    which (valueCoding, life-area system), score
//   my-care (repeats)                      (valueInteger, only when rated), want-help (valueBoolean);
//                                          the item's text is the words it had when rated
//   area (repeats, 3 at most)              which (valueCoding), the four steps' answers by the
//                                          linkIds of AREA_ANSWERS, and its actions
//     action (repeats)                     id, what, who (valueCoding), someone, by (valueDate),
//                                          added-by (valueReference, named like a Provenance
//                                          agent), added-by-role, decision, decided-at, goal
//
// `authored` is when the review was started, which keeps the reviews in order; `status` is
// completed once the meeting has a date, else in-progress.
import type {
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
  Reference,
} from '@medplum/fhirtypes';
import { ROLES } from '../auth/auth.schema.ts';
import { MAX_MY_CARE_ITEMS } from '../reviews/my-care.ts';
import { REVIEW_TEXT_MAX, ratedThingSchema } from '../reviews/review.schema.ts';
import {
  ACTION_DECISIONS,
  ACTION_OWNERS,
  MAX_ACTIONS_PER_AREA,
  MAX_REVIEW_AREAS,
} from '../reviews/review-rules.ts';
import { calendarDate, LIMITS, z } from '../validation.ts';
import { refuse } from './bundle-checks.ts';
import { REVIEW_QUESTIONNAIRE, SYSTEMS } from './codes.ts';
import { arr, codeIn, obj, str, text } from './fhir-read.ts';
import { fhirString } from './fhir-text.ts';
import { coding, lastVersion, meta, type WriteOut } from './fhir-write.ts';
import type { Reader } from './from-bundle.ts';
import { readWriter, writerReference } from './provenance.ts';
import type {
  RecordSnapshot,
  ReviewActionSnapshot,
  ReviewAreaSnapshot,
  ReviewSnapshot,
  ReviewSnapshotData,
  Writer,
} from './snapshot.ts';

/** An area's answers to the four steps, by field and linkId, in the steps' order. */
export const AREA_ANSWERS = [
  ['goingWell', 'going-well'],
  ['hard', 'hard'],
  ['bestCase', 'best-case'],
  ['smallestStep', 'smallest-step'],
  ['byPerson', 'by-person'],
  ['byPractitioner', 'by-practitioner'],
  ['byOthers', 'by-others'],
] as const satisfies readonly (readonly [keyof ReviewAreaSnapshot, string])[];

type Item = QuestionnaireResponseItem;
type Answer = QuestionnaireResponseItemAnswer;

const one = (linkId: string, answer: Answer): Item[] => [{ linkId, answer: [answer] }];
const date = (linkId: string, value: string | null): Item[] =>
  value ? one(linkId, { valueDate: value }) : [];
/** Words as a FHIR string; words of spaces alone are left out (decision 0045, "Text"). */
const words = (linkId: string, value: string): Item[] => {
  const safe = fhirString(value);
  return safe === undefined ? [] : one(linkId, { valueString: safe });
};
const withText = (value: string) => {
  const safe = fhirString(value);
  return safe === undefined ? {} : { text: safe };
};

function ratedItem(
  linkId: string,
  system: string,
  rated: ReviewSnapshotData['lifeAreas'][number],
): Item {
  return {
    linkId,
    ...withText(rated.words),
    item: [
      ...one('which', { valueCoding: coding(system, rated.id) }),
      ...(rated.score === null ? [] : one('score', { valueInteger: rated.score })),
      ...one('want-help', { valueBoolean: rated.wantHelp }),
    ],
  };
}

function actionItem(
  action: ReviewActionSnapshot,
  writer: (w: Writer) => Reference<Patient>,
  hasGoal: (id: string) => boolean,
): Item {
  return {
    linkId: 'action',
    item: [
      ...one('id', { valueString: action.id }),
      ...words('what', action.what),
      ...one('who', { valueCoding: coding(SYSTEMS.actionOwner, action.who) }),
      ...words('someone', action.someoneName),
      ...date('by', action.by),
      ...one('added-by', { valueReference: writer(action.addedBy) }),
      ...one('added-by-role', { valueCoding: coding(SYSTEMS.writerRole, action.addedBy.role) }),
      ...one('decision', { valueCoding: coding(SYSTEMS.actionDecision, action.decision) }),
      ...(action.decidedAt ? one('decided-at', { valueDateTime: action.decidedAt }) : []),
      // A goal since deleted is left out, as the plans leave out names of things gone.
      ...(action.goalId && hasGoal(action.goalId)
        ? one('goal', { valueReference: { reference: `Goal/${action.goalId}` } })
        : []),
    ],
  };
}

export function writeReviews({ snapshot, patient, keep }: WriteOut): void {
  const goalIds = new Set(snapshot.goals.map((goal) => goal.id));
  const writer = (w: Writer) => writerReference(snapshot.person.id, w);
  for (const review of snapshot.reviews) {
    const { data } = review;
    keep(
      {
        resourceType: 'QuestionnaireResponse',
        id: review.id,
        meta: meta('review', review.updatedAt, false, lastVersion(review.history)),
        questionnaire: REVIEW_QUESTIONNAIRE,
        status: data.meetingOn ? 'completed' : 'in-progress',
        subject: patient,
        authored: review.createdAt,
        item: [
          ...date('rated-on', data.ratedOn),
          ...data.lifeAreas.map((r) => ratedItem('life-area', SYSTEMS.lifeArea, r)),
          ...data.myCare.map((r) => ratedItem('my-care', SYSTEMS.myCareItem, r)),
          ...date('meeting-on', data.meetingOn),
          ...date('next-review-on', data.nextReviewOn),
          ...data.areas.map(
            (area): Item => ({
              linkId: 'area',
              ...withText(area.words),
              item: [
                ...one('which', { valueCoding: coding(SYSTEMS.lifeArea, area.lifeAreaId) }),
                ...AREA_ANSWERS.flatMap(([field, linkId]) => words(linkId, area[field])),
                ...area.actions.map((action) =>
                  actionItem(action, writer, (id) => goalIds.has(id)),
                ),
              ],
            }),
          ),
        ],
      } satisfies QuestionnaireResponse,
      review.history,
    );
  }
}

// ---- Reading back ----

const ratedSchema = ratedThingSchema.extend({
  id: z.string().min(1).max(64),
  score: z.number().int().min(1).max(7).nullable(),
});
const answerText = () => z.string().max(REVIEW_TEXT_MAX);
const writerSchema = z.object({
  accountId: z.string().min(1),
  name: z.string(),
  role: z.enum(ROLES),
});
const actionSchema = z.object({
  id: z.string().min(1).max(64),
  what: z.string().min(1).max(LIMITS.shortText),
  who: z.enum(ACTION_OWNERS),
  someoneName: z.string().max(LIMITS.name),
  by: calendarDate(),
  addedBy: writerSchema,
  decision: z.enum(ACTION_DECISIONS),
  decidedAt: z.string().nullable(),
  goalId: z.string().nullable(),
});
/** A review as an import accepts it: the bounds a review is saved within (decision 0043). */
export const reviewSnapshotDataSchema = z.object({
  ratedOn: calendarDate().nullable(),
  lifeAreas: z.array(ratedSchema).max(LIMITS.listItems),
  myCare: z.array(ratedSchema).max(MAX_MY_CARE_ITEMS),
  meetingOn: calendarDate().nullable(),
  nextReviewOn: calendarDate().nullable(),
  areas: z
    .array(
      z.object({
        lifeAreaId: z.string().min(1).max(64),
        words: z.string(),
        goingWell: answerText(),
        hard: answerText(),
        bestCase: answerText(),
        smallestStep: answerText(),
        byPerson: answerText(),
        byPractitioner: answerText(),
        byOthers: answerText(),
        actions: z.array(actionSchema).max(MAX_ACTIONS_PER_AREA),
      }),
    )
    .max(MAX_REVIEW_AREAS)
    // Each area is talked about once, as the meeting's own check keeps it.
    .refine((areas) => new Set(areas.map((area) => area.lifeAreaId)).size === areas.length),
});

type Json = Record<string, unknown>;
const items = (parent: Json) => arr(parent.item).map(obj);
const answerOf = (parent: Json, linkId: string): Json =>
  obj(arr(items(parent).find((item) => item.linkId === linkId)?.answer)[0]);
const dateOf = (parent: Json, linkId: string) => str(answerOf(parent, linkId).valueDate) ?? null;
const wordsOf = (parent: Json, linkId: string) => text(answerOf(parent, linkId).valueString);

function readRated(item: Json, system: string) {
  const score = answerOf(item, 'score').valueInteger;
  return {
    id: codeIn({ coding: [answerOf(item, 'which').valueCoding] }, system),
    words: text(item.text),
    score: score === undefined ? null : score,
    wantHelp: answerOf(item, 'want-help').valueBoolean,
  };
}

function readAction(item: Json, where: string) {
  const goal = str(obj(answerOf(item, 'goal').valueReference).reference);
  return {
    id: wordsOf(item, 'id'),
    what: wordsOf(item, 'what'),
    who: codeIn({ coding: [answerOf(item, 'who').valueCoding] }, SYSTEMS.actionOwner),
    someoneName: wordsOf(item, 'someone'),
    by: dateOf(item, 'by'),
    addedBy: readWriter(
      answerOf(item, 'added-by').valueReference,
      [{ coding: [answerOf(item, 'added-by-role').valueCoding] }],
      where,
    ),
    decision: codeIn({ coding: [answerOf(item, 'decision').valueCoding] }, SYSTEMS.actionDecision),
    decidedAt: str(answerOf(item, 'decided-at').valueDateTime) ?? null,
    goalId: goal?.startsWith('Goal/') ? goal.slice(5) : null,
  };
}

export function readReviews(reader: Reader): RecordSnapshot['reviews'] {
  return reader.of('review').map((r): ReviewSnapshot => {
    const where = reader.where(r);
    const all = items(r);
    const ofLink = (linkId: string) => all.filter((item) => item.linkId === linkId);
    const data = {
      ratedOn: dateOf(r, 'rated-on'),
      lifeAreas: ofLink('life-area').map((item) => readRated(item, SYSTEMS.lifeArea)),
      myCare: ofLink('my-care').map((item) => readRated(item, SYSTEMS.myCareItem)),
      meetingOn: dateOf(r, 'meeting-on'),
      nextReviewOn: dateOf(r, 'next-review-on'),
      areas: ofLink('area').map((area) => ({
        lifeAreaId: codeIn({ coding: [answerOf(area, 'which').valueCoding] }, SYSTEMS.lifeArea),
        words: text(area.text),
        ...Object.fromEntries(
          AREA_ANSWERS.map(([field, linkId]) => [field, wordsOf(area, linkId)]),
        ),
        actions: items(area)
          .filter((item) => item.linkId === 'action')
          .map((item) => readAction(item, where)),
      })),
    };
    const createdAt = str(r.authored);
    if (!createdAt || Number.isNaN(Date.parse(createdAt)))
      refuse('fhir.import.invalidItem', { where });
    return { ...reader.kept(r, reader.valid(reviewSnapshotDataSchema, data, where)), createdAt };
  });
}
