// Scores answers by the rules the questionnaire declares, as a pure function. Every score comes
// with the steps that produced it, in plain words, so the person (and a practitioner) can see
// which answers counted, which were reversed and how missing answers were handled.

import '../i18n/questionnaire.messages.ts';
import { intlLocaleOf } from '../i18n/languages.ts';
import { wordsFor } from '../i18n/said.ts';
import { locale, t } from '../i18n/translate.ts';
import { readScoring } from './check-scoring.ts';
import { type AnswerMap, answerValue, collectAnswers, enabledItems } from './enable-when.ts';
import { type IndexedItem, indexItems, optionScore } from './items.ts';
import type { Coding, Questionnaire } from './questionnaire.schema.ts';
import type { QuestionnaireResponse } from './response.schema.ts';
import { type ItemScore, type RiskSignal, riskSignalFor } from './risk-signals.ts';
import type { Band, Scale } from './scoring.schema.ts';
import { missingWording } from './wording.ts';

export type { RiskSignal } from './risk-signals.ts';

export type ScaleResult = {
  id: string;
  label?: string;
  /** The reported score, or null when it cannot be given (see the explanation). */
  value: number | null;
  band?: Band;
  code?: Coding;
  /**
   * Present when the score was given with answers missing: a sum prorated over the answered
   * items, or a mean of them. Charts and Observations say so wherever the score is shown.
   */
  prorated?: { answered: number; items: number };
  explanation: string[];
};
export type ScoreResult = { scales: ScaleResult[]; riskSignals: RiskSignal[] };

const format = (value: number) =>
  new Intl.NumberFormat(intlLocaleOf(locale()), { maximumFractionDigits: 4 }).format(value);
const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');

/** Half away from zero, to a number of decimal places (for scores, which are not negative: half up). */
function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round((Math.abs(value) + Number.EPSILON) * factor)) / factor;
}

/** True when a value sits exactly halfway between two roundings (4.5 to a whole number). */
function isHalfway(value: number, decimals: number): boolean {
  const scaled = Math.abs(value) * 10 ** decimals;
  return Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-9;
}

export function score(
  questionnaire: Questionnaire,
  answers: QuestionnaireResponse | AnswerMap,
): ScoreResult {
  const read = readScoring(questionnaire);
  if (!read.ok) {
    // A questionnaire reaches score() through importMeasure, which rejects broken rules.
    throw new Error(
      `Scoring rules are not valid: ${read.errors.map((e) => wordsFor(e.message)).join('; ')}`,
    );
  }
  if (!read.rules) return { scales: [], riskSignals: [] };
  const answerMap: AnswerMap =
    answers instanceof Map ? answers : collectAnswers(answers as QuestionnaireResponse);
  const index = indexItems(questionnaire.item);
  const shown = enabledItems(questionnaire, answerMap);
  const readItem = (linkId: string) => readItemScore(index.get(linkId), answerMap, shown);
  const wordingGaps = missingWording(questionnaire);
  const riskRules = read.rules.riskItems ?? [];
  // An item a risk rule watches is never filled in from the other answers (docs/measures.md).
  const watched = new Set(riskRules.map((rule) => rule.item));
  const scales = read.rules.scales.map((scale) => {
    const base = {
      id: scale.id,
      ...(scale.label ? { label: scale.label } : {}),
      ...(scale.code ? { code: scale.code } : {}),
    };
    if (wordingGaps.length)
      return { ...base, value: null, explanation: [needsWordingLine(wordingGaps, scale)] };
    return { ...base, ...scoreScale(scale, readItem, watched) };
  });
  const riskSignals = (wordingGaps.length ? [] : riskRules).flatMap(
    (rule) => riskSignalFor(rule, readItem(rule.item), intlLocaleOf(locale())) ?? [],
  );
  return { scales, riskSignals };
}

function needsWordingLine(gaps: ReturnType<typeof missingWording>, scale: Scale): string {
  const parts = new Set<string>();
  for (const gap of gaps) {
    if (gap.kind !== 'scoring') parts.add(t('questionnaire.explain.partWording'));
    else if (gap.scale === scale.id)
      parts.add(
        t(
          gap.part === 'reverse'
            ? 'questionnaire.explain.partReverse'
            : 'questionnaire.explain.partConversion',
        ),
      );
  }
  return t('questionnaire.explain.needsWording', { parts: [...parts].join(', ') });
}

function readItemScore(
  entry: IndexedItem | undefined,
  answers: AnswerMap,
  shown: Set<string>,
): ItemScore {
  const linkId = entry?.item.linkId ?? '';
  if (!entry || !shown.has(linkId))
    return {
      kind: 'missing',
      reason: 'hidden',
      line: t('questionnaire.explain.hidden', { item: linkId }),
    };
  const value = (answers.get(linkId) ?? []).map(answerValue).find((v) => v !== undefined);
  if (value === undefined)
    return {
      kind: 'missing',
      reason: 'unanswered',
      line: t('questionnaire.explain.missing', { item: linkId }),
    };
  if (entry.item.type === 'choice' && typeof value === 'object') {
    const option = entry.item.answerOption?.find((o) => o.valueCoding.code === value.code);
    const optionValue = option && optionScore(option);
    if (optionValue !== undefined && option) {
      const answer = option.valueCoding.display ?? option.valueCoding.code;
      return {
        kind: 'scored',
        score: optionValue,
        line: t('questionnaire.explain.choice', {
          item: linkId,
          answer,
          score: format(optionValue),
        }),
      };
    }
  }
  if (
    (entry.item.type === 'integer' || entry.item.type === 'decimal') &&
    typeof value === 'number'
  ) {
    return {
      kind: 'scored',
      score: value,
      line: t('questionnaire.explain.number', { item: linkId, score: format(value) }),
    };
  }
  return {
    kind: 'missing',
    reason: 'invalid',
    line: t('questionnaire.explain.invalid', { item: linkId }),
  };
}

function scoreScale(
  scale: Scale,
  readItem: (linkId: string) => ItemScore,
  watched: ReadonlySet<string>,
): Omit<ScaleResult, 'id'> {
  const explanation = [
    t(
      scale.method === 'sum'
        ? 'questionnaire.explain.method.sum'
        : 'questionnaire.explain.method.mean',
      {
        items: quoted(scale.items),
      },
    ),
  ];
  const scores: number[] = [];
  const missingWatched: string[] = [];
  for (const linkId of scale.items) {
    const result = readItem(linkId);
    explanation.push(result.line);
    if (result.kind === 'missing') {
      if (watched.has(linkId)) missingWatched.push(linkId);
      continue;
    }
    const reverse = scale.reverse?.items.includes(linkId) ? scale.reverse : undefined;
    if (!reverse) {
      scores.push(result.score);
      continue;
    }
    const reversed = reverse.min + reverse.max - result.score;
    const step = {
      item: linkId,
      min: format(reverse.min),
      max: format(reverse.max),
      score: format(result.score),
    };
    explanation.push(t('questionnaire.explain.reversed', { ...step, reversed: format(reversed) }));
    scores.push(reversed);
  }
  const total = scale.items.length;
  const answered = scores.length;
  const missing = total - answered;
  const allowed = scale.missing.prorateIfAtMost;
  if (missing > 0 && (missing > allowed || answered === 0)) {
    const key =
      allowed === 0 ? 'questionnaire.explain.noneAllowed' : 'questionnaire.explain.tooManyMissing';
    explanation.push(t(key, { missing, total, allowed }));
    return { value: null, explanation };
  }
  if (missingWatched.length) {
    // Imputing a risk item from the others could hide a risk answer or invent one.
    explanation.push(
      t('questionnaire.explain.riskNotImputed', {
        items: quoted(missingWatched),
        watched: missingWatched.length,
        missing,
        total,
      }),
    );
    return { value: null, explanation };
  }
  const sum = scores.reduce((a, b) => a + b, 0);
  let value: number;
  if (scale.method === 'sum') {
    explanation.push(
      t('questionnaire.explain.sum', {
        count: answered,
        total,
        terms: scores.map(format).join(' + '),
        sum: format(sum),
      }),
    );
    value = sum;
    if (missing > 0) {
      value = (sum * total) / answered;
      const step = { missing, total, allowed, sum: format(sum), answered, value: format(value) };
      explanation.push(t('questionnaire.explain.prorated', step));
    }
  } else {
    if (missing > 0)
      explanation.push(t('questionnaire.explain.meanMissing', { missing, total, allowed }));
    value = sum / answered;
    explanation.push(
      t('questionnaire.explain.mean', {
        count: answered,
        total,
        sum: format(sum),
        mean: format(value),
      }),
    );
  }
  const decimals = scale.decimals ?? 2;
  const rounded = round(value, decimals);
  if (rounded !== value) {
    const halfway = isHalfway(value, decimals);
    const key =
      decimals === 0 ? 'questionnaire.explain.roundedWhole' : 'questionnaire.explain.rounded';
    const step = { decimals, value: format(rounded), raw: format(value) };
    explanation.push(t(halfway ? (`${key}Half` as const) : key, step));
  }
  const result = finish(scale, rounded, explanation);
  if (missing === 0 || result.value === null) return result;
  const prorated = { answered, items: total };
  result.explanation.push(t('questionnaire.explain.proratedResult', { answered, total }));
  return { ...result, prorated };
}

function finish(scale: Scale, raw: number, explanation: string[]): Omit<ScaleResult, 'id'> {
  let value = raw;
  if (scale.conversion) {
    const row = scale.conversion.find((r) => r.raw === raw);
    if (!row) {
      explanation.push(t('questionnaire.explain.notInTable', { raw: format(raw) }));
      return { value: null, explanation };
    }
    value = row.value;
    explanation.push(
      t('questionnaire.explain.converted', { raw: format(raw), value: format(value) }),
    );
  }
  const band = scale.bands?.find((b) => b.min <= value && value <= b.max);
  if (band) {
    explanation.push(
      t('questionnaire.explain.band', {
        value: format(value),
        band: band.label,
        min: format(band.min),
        max: format(band.max),
      }),
    );
  } else if (scale.bands?.length) {
    explanation.push(t('questionnaire.explain.noBand', { value: format(value) }));
  }
  explanation.push(t('questionnaire.explain.result', { value: format(value) }));
  return { value, ...(band ? { band } : {}), explanation };
}
