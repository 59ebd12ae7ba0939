// Ninety days of Sam's check-ins, life-area ratings, questionnaires, goal ratings and journal,
// so every chart has a story: an ordinary start, a hard patch about seven weeks ago (money
// letters, bad sleep), and a slow climb back. Everything is worked out from one curve, with no
// randomness, so every start seeds the same record.
//
// Questionnaire answers name only item ids and answer codes, taken from the measure the
// library holds at seeding time: no item wording is written here (docs/measures.md).
import { ownerScope } from '../../../domain/access/scope.ts';
import {
  type CheckinSettings,
  DEFAULT_CHECKIN_SETTINGS,
  type LifeAreaRatingSet,
} from '../../../domain/checkins/checkins.schema.ts';
import { flattenItems } from '../../../domain/measures/items.ts';
import type {
  QuestionnaireResponse,
  ResponseItem,
} from '../../../domain/measures/response.schema.ts';
import type { CheckinService } from '../checkins/checkins.service.ts';
import type { JournalService } from '../journal/journal.service.ts';
import type { MeasureAnswers } from '../measures/measure-answers.service.ts';
import type { MeasureLibrary } from '../measures/measure-library.service.ts';
import type { RecordService } from '../record/record.service.ts';
import { type DemoGoals, daysBefore } from './demo-record.ts';

export const DEMO_DAYS = 90;
const WARNING_SIGN = 'I stop texting friends back';

/**
 * How Sam was doing `daysAgo` days ago, from 0 (very low) to 1 (very well): about 0.45 three
 * months ago, lowest (about 0.2) seven weeks ago, about 0.75 now.
 */
export function wellbeing(daysAgo: number): number {
  const dip = 0.3 * Math.exp(-(((daysAgo - 50) / 9) ** 2));
  const climb = 0.45 + (0.3 * (DEMO_DAYS - daysAgo)) / DEMO_DAYS;
  return Math.min(1, Math.max(0, climb - dip));
}

/** A small, repeating day-to-day wobble, so the lines look like a life and not a formula. */
const wobble = (day: number) => [0, 0.5, -0.4, 0.2, -0.6, 0.3, -0.1][day % 7] ?? 0;
const onScale = (level: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Math.round(min + level * (max - min))));

type Sam = { id: string; now: Date };
/** A moment `daysAgo` days and `hoursEarlier` hours before seeding: never in the future. */
const at = (sam: Sam, daysAgo: number, hoursEarlier: number) =>
  new Date(sam.now.getTime() - (daysAgo * 24 + hoursEarlier) * 3_600_000).toISOString();

export async function seedCheckins(
  records: RecordService,
  checkins: CheckinService,
  sam: Sam,
): Promise<void> {
  const scope = ownerScope(sam.id, 'checkins', 'write');
  const settings: CheckinSettings = {
    scales: DEFAULT_CHECKIN_SETTINGS.scales.map((scale) =>
      scale.id === 'energy' ? { ...scale, active: true } : scale,
    ),
    reminder: 'every_few_days',
    warningSignPrompts: [WARNING_SIGN],
  };
  await records.saveSingleton(scope, 'checkin_settings', { kind: 'version', version: 0 }, settings);
  const notes: Record<number, string> = {
    52: 'Another letter from the council. Did not open it.',
    47: 'Slept four hours. Jo came round.',
    31: 'Good day at the allotment.',
    4: 'Walking group, then tea with Mum.',
  };
  // Most days, not all: two days in three, and every day in the worst week.
  for (let daysAgo = DEMO_DAYS - 1; daysAgo >= 0; daysAgo -= 1) {
    const hardWeek = daysAgo >= 45 && daysAgo <= 55;
    if (!hardWeek && daysAgo % 3 === 2) continue;
    const level = wellbeing(daysAgo) + wobble(daysAgo) * 0.12;
    await checkins.create(scope, {
      takenAt: at(sam, daysAgo, daysAgo % 2 ? 1 : 11),
      scores: {
        mood: onScale(level, 1, 7),
        hope: onScale(level + 0.08, 1, 7),
        sleep: onScale(level - (hardWeek ? 0.15 : 0), 1, 7),
        energy: onScale(level - 0.05, 1, 7),
      },
      ...(notes[daysAgo] ? { note: notes[daysAgo] } : {}),
      // One of the worst days Sam kept to themselves.
      forMeOnly: daysAgo === 47,
      signsPresent: hardWeek ? [WARNING_SIGN] : [],
    });
  }
}

/** All nine default areas, every two weeks; money is the one Sam wants help with at first. */
export async function seedLifeAreaRatings(records: RecordService, sam: Sam): Promise<void> {
  const areas = await records.list(ownerScope(sam.id, 'goals', 'read'), 'life_area');
  const scope = ownerScope(sam.id, 'checkins', 'write');
  // Where each area sits, from 0 to 1, beside how Sam is doing overall.
  const offsets = [0.05, -0.3, -0.1, 0, 0.15, 0, -0.05, 0.1, 0.1];
  for (let daysAgo = 84; daysAgo >= 0; daysAgo -= 14) {
    const ratings = areas.map((area, index) => ({
      lifeAreaId: area.id,
      score: onScale(wellbeing(daysAgo) + (offsets[index] ?? 0), 1, 7),
      wantHelp: index === 1 && daysAgo > 20,
    }));
    await records.create<LifeAreaRatingSet>(scope, 'life_area_rating', {
      date: daysBefore(sam.now, daysAgo),
      ratings,
    });
  }
}

/**
 * Answers giving `item scores`, each item's answer being its option at that position (0, 1, 2…)
 * in the measure as the library holds it. Only ids and codes: no wording.
 */
async function answerWith(
  library: MeasureLibrary,
  answers: MeasureAnswers,
  sam: Sam,
  measureId: string,
  daysAgo: number,
  scores: Record<string, number>,
): Promise<void> {
  const measure = await library.find(measureId);
  if (!measure) throw new Error(`The demo needs the built-in measure ${measureId}`);
  const groups = new Map<string, ResponseItem[]>();
  for (const { item, ancestors } of flattenItems(measure.questionnaire.item)) {
    const position = scores[item.linkId];
    const option = position === undefined ? undefined : item.answerOption?.[position];
    if (!option) continue;
    const { system, code } = option.valueCoding;
    const group = ancestors.at(-1) ?? '';
    groups.set(group, [
      ...(groups.get(group) ?? []),
      { linkId: item.linkId, answer: [{ valueCoding: { system, code } }] },
    ]);
  }
  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    authored: at(sam, daysAgo, 2),
    item: [...groups].flatMap(([group, items]): ResponseItem[] =>
      group === '' ? items : [{ linkId: group, item: items }],
    ),
  };
  await answers.answer(ownerScope(sam.id, 'measures', 'write'), {
    measureId,
    response,
    forMeOnly: false,
  });
}

/** `total` spread over `count` items of at most `max` each, a point at a time from the first. */
export function spread(total: number, count: number, max: number): number[] {
  const items = Array.from({ length: count }, () => 0);
  for (let point = 0; point < Math.min(total, count * max); point += 1)
    items[point % count] = (items[point % count] ?? 0) + 1;
  return items;
}

const byLinkId = (prefix: string, values: number[]) =>
  Object.fromEntries(values.map((value, index) => [`${prefix}${index + 1}`, value]));

export async function seedQuestionnaires(
  library: MeasureLibrary,
  answers: MeasureAnswers,
  sam: Sam,
): Promise<void> {
  // PHQ-9 a month apart. Its ninth item stays at "not at all": the demo is no place to show
  // thoughts of self-harm, and the risk support it would bring is tested elsewhere.
  for (const [daysAgo, total, difficulty] of [
    [84, 14, 1],
    [52, 19, 2],
    [28, 10, 1],
    [3, 6, 0],
  ] as const) {
    const items = byLinkId('phq9-', [...spread(total, 8, 3), 0]);
    await answerWith(library, answers, sam, 'phq-9', daysAgo, { ...items, 'phq9-10': difficulty });
  }
  // QPR-15: the recovery questionnaire, higher is better.
  for (const [daysAgo, total] of [
    [80, 26],
    [49, 21],
    [21, 34],
    [2, 41],
  ] as const) {
    await answerWith(
      library,
      answers,
      sam,
      'qpr-15',
      daysAgo,
      byLinkId('qpr-', spread(total, 15, 4)),
    );
  }
}

export async function seedGoalRatings(answers: MeasureAnswers, goals: DemoGoals, sam: Sam) {
  const scope = ownerScope(sam.id, 'measures', 'write');
  for (const [daysAgo, allotment, money, walking] of [
    [80, 2, 1, 3],
    [59, 2, 1, 4],
    [38, 4, 3, 6],
    [17, 5, 4, 8],
    [3, 7, 5, 9],
  ] as const) {
    await answers.rateGoals(scope, {
      authored: at(sam, daysAgo, 3),
      ratings: [
        { goalId: goals.allotment, rating: allotment },
        { goalId: goals.money, rating: money },
        { goalId: goals.walking, rating: walking },
      ],
    });
  }
}

/** Six journal entries; answers the newest, which Sam shares with Jo. */
export async function seedJournal(journal: JournalService, sam: Sam): Promise<string> {
  const scope = ownerScope(sam.id, 'journal', 'write');
  const entries: [number, number, string][] = [
    [86, 4, 'Started using this. Not sure what to write. The weather was nice.'],
    [60, 3, 'Three letters this week. I put them in the drawer. I know that is not a plan.'],
    [48, 2, 'Bad week. Jo sat with me and we did not talk about the letters. That helped.'],
    [33, 4, 'Saw the debt adviser. Walked home the long way, through the park.'],
    [16, 5, 'Walking group. Someone there grows chillies. We swapped seeds.'],
  ];
  for (const [daysAgo, mood, text] of entries)
    await journal.create(scope, { date: daysBefore(sam.now, daysAgo), mood, text });
  const shared = await journal.create(scope, {
    date: daysBefore(sam.now, 2),
    mood: 5,
    text: 'Jo came to the allotment with me. We did not talk much, which was nice. The onions are in.',
  });
  return shared.id;
}
