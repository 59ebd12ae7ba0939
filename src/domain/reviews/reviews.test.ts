// The rules of a review, without a server: what a meeting may hold, who an action needs, dates,
// the "my care" items offered and how ratings compare with the last review's (decision 0043).
import { describe, expect, it } from 'vitest';
import { codeOf } from '../i18n/said.ts';
import { DEFAULT_MY_CARE_ITEMS, myCareItemsForReview } from './my-care.ts';
import { reviewMeetingSchema, reviewRatingsSchema } from './review.schema.ts';
import { besideLast, ratingChange } from './review-rules.ts';

const AREAS = [
  '0b9f4c1e-7b8a-4c51-9a55-0d1f2e3a4b01',
  '0b9f4c1e-7b8a-4c51-9a55-0d1f2e3a4b02',
  '0b9f4c1e-7b8a-4c51-9a55-0d1f2e3a4b03',
  '0b9f4c1e-7b8a-4c51-9a55-0d1f2e3a4b04',
];
const area = (lifeAreaId: string, actions: object[] = []) => ({
  lifeAreaId,
  goingWell: '',
  hard: '',
  bestCase: '',
  smallestStep: '',
  byPerson: '',
  byPractitioner: '',
  byOthers: '',
  actions,
});
const action = (change: object = {}) => ({
  what: 'Ask about the morning dose',
  who: 'practitioner',
  someoneName: '',
  by: '2026-12-10',
  ...change,
});
const meeting = (areas: object[], dates: object = {}) => ({
  meetingOn: '2026-11-25',
  nextReviewOn: '2027-02-25',
  areas,
  ...dates,
});
/** The catalogue key of each problem, by field. */
const problems = (value: unknown) => {
  const result = reviewMeetingSchema.safeParse(value);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), codeOf(issue.message).code]),
  );
};

describe('a review meeting', () => {
  it('takes up to three areas, each with its four steps and actions', () => {
    expect(problems(meeting(AREAS.slice(0, 3).map((id) => area(id, [action()]))))).toEqual({});
  });

  it('refuses a fourth area with words saying at most three', () => {
    expect(problems(meeting(AREAS.map((id) => area(id))))).toEqual({
      areas: 'validation.review.tooManyAreas',
    });
  });

  it('refuses the same area twice', () => {
    expect(problems(meeting([area(AREAS[0] as string), area(AREAS[0] as string)]))).toEqual({
      'areas.1.lifeAreaId': 'validation.review.areaTwice',
    });
  });

  it('needs each action to have an owner, and a name when it is someone else', () => {
    expect(problems(meeting([area(AREAS[0] as string, [action({ who: null })])]))).toEqual({
      'areas.0.actions.0.who': 'validation.review.actionWho',
    });
    expect(problems(meeting([area(AREAS[0] as string, [action({ who: undefined })])]))).toEqual({
      'areas.0.actions.0.who': 'validation.review.actionWho',
    });
    expect(problems(meeting([area(AREAS[0] as string, [action({ who: 'someone' })])]))).toEqual({
      'areas.0.actions.0.someoneName': 'validation.review.actionSomeone',
    });
    expect(
      problems(
        meeting([area(AREAS[0] as string, [action({ who: 'someone', someoneName: 'Alex' })])]),
      ),
    ).toEqual({});
  });

  it('needs what will be done, and a real date for it', () => {
    const first = 'areas.0.actions.0';
    expect(problems(meeting([area(AREAS[0] as string, [action({ what: '  ' })])]))).toEqual({
      [`${first}.what`]: 'validation.review.actionWhat',
    });
    for (const by of ['2026-02-30', '10/12/2026', ''])
      expect(Object.keys(problems(meeting([area(AREAS[0] as string, [action({ by })])])))).toEqual([
        `${first}.by`,
      ]);
  });

  it('sets the next review after the meeting', () => {
    expect(problems(meeting([], { nextReviewOn: '2026-11-25' }))).toEqual({
      nextReviewOn: 'validation.review.nextAfterMeeting',
    });
    expect(problems(meeting([], { meetingOn: null, nextReviewOn: null }))).toEqual({});
  });
});

describe('ratings before the meeting', () => {
  it('are whole numbers from 1 to 7, or none', () => {
    const rate = (score: unknown) =>
      reviewRatingsSchema.safeParse({
        ratedOn: '2026-11-20',
        lifeAreas: [{ id: AREAS[0], score, wantHelp: true }],
        myCare: [],
      }).success;
    expect([1, 7, null].map(rate)).toEqual([true, true, true]);
    expect([0, 8, 3.5, '4'].map(rate)).toEqual([false, false, false, false]);
  });
});

describe('"my care" items', () => {
  it('are medication, practical help and meetings with professionals until a service sets its own', () => {
    expect(myCareItemsForReview().map((item) => item.id)).toEqual([
      'medication',
      'practical-help',
      'meetings-with-professionals',
    ]);
    expect(myCareItemsForReview([])).toBe(DEFAULT_MY_CARE_ITEMS);
    const own = [{ id: 'peer-group', words: 'The peer group' }];
    expect(myCareItemsForReview(own)).toEqual(own);
  });
});

describe('ratings beside the last review', () => {
  it('says up, down or the same by id, and nothing where either is missing', () => {
    const now = [
      { id: 'a', score: 5 },
      { id: 'b', score: 2 },
      { id: 'c', score: 4 },
      { id: 'd', score: null },
      { id: 'e', score: 3 },
    ];
    const before = [
      { id: 'a', score: 3 },
      { id: 'b', score: 6 },
      { id: 'c', score: 4 },
      { id: 'd', score: 2 },
    ];
    expect(besideLast(now, before).map(({ last, change }) => [last, change])).toEqual([
      [3, 'up'],
      [6, 'down'],
      [4, 'same'],
      [2, 'none'],
      [null, 'none'],
    ]);
    expect(ratingChange(undefined, { score: 3 })).toBe('none');
  });
});
