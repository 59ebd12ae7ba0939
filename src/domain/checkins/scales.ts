// Rules about the person's check-in scales that a schema alone cannot say: they depend on the
// settings the person saved and on which scales already have scores. Pure: no I/O.
import type { FieldError } from '../errors.ts';
import { say } from '../i18n/said.ts';
import {
  CHECKIN_LIMITS,
  type CheckinSettings,
  isBuiltInScale,
  SCALE_RANGES,
  type Scale,
} from './checkins.schema.ts';

export const rangeOf = (scale: Scale) => SCALE_RANGES[scale.range];

/**
 * What is wrong with new settings, given the saved ones and the scales that already have
 * scores. A scale with scores keeps its range (a 5 out of 7 is not a 5 out of 10) and can be
 * switched off but not removed, so every past score keeps its meaning and its name.
 */
export function settingsProblems(
  next: CheckinSettings,
  previous: CheckinSettings,
  usedScaleIds: ReadonlySet<string>,
): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  next.scales.forEach((scale, index) => {
    const at = `scales.${index}`;
    if (seen.has(scale.id))
      problems.push({ field: `${at}.id`, message: say('validation.duplicate') });
    seen.add(scale.id);
    if (isBuiltInScale(scale.id) && scale.name !== null)
      problems.push({ field: `${at}.name`, message: say('validation.builtInScaleName') });
    if (!isBuiltInScale(scale.id) && scale.name === null)
      problems.push({
        field: `${at}.name`,
        message: say('validation.required.scaleName'),
      });
    const before = previous.scales.find((old) => old.id === scale.id);
    if (before && before.range !== scale.range && usedScaleIds.has(scale.id))
      problems.push({ field: `${at}.range`, message: say('validation.rangeLocked') });
  });
  const ownInUse = next.scales.filter((scale) => scale.active && !isBuiltInScale(scale.id));
  if (ownInUse.length > CHECKIN_LIMITS.ownScalesInUse)
    problems.push({
      field: 'scales',
      message: say('validation.tooManyOwnScales', { max: CHECKIN_LIMITS.ownScalesInUse }),
    });
  for (const used of usedScaleIds) {
    if (!seen.has(used))
      problems.push({ field: 'scales', message: say('validation.scaleHasScores') });
  }
  const prompts = new Set<string>();
  next.warningSignPrompts.forEach((sign, index) => {
    if (prompts.has(sign))
      problems.push({ field: `warningSignPrompts.${index}`, message: say('validation.duplicate') });
    prompts.add(sign);
  });
  return dedupe(problems);
}

/** Scores must be for scales in the person's settings, whole numbers within each range. */
export function scoreProblems(
  settings: CheckinSettings,
  scores: Record<string, number>,
): FieldError[] {
  const problems: FieldError[] = [];
  for (const [scaleId, value] of Object.entries(scores)) {
    const field = `scores.${scaleId}`;
    const scale = settings.scales.find((s) => s.id === scaleId);
    if (!scale) {
      problems.push({ field, message: say('validation.unknownScale') });
      continue;
    }
    const { min, max } = rangeOf(scale);
    if (!Number.isInteger(value) || value < min || value > max)
      problems.push({ field, message: say('validation.score', { min, max }) });
  }
  return problems;
}

/** Warning signs said to be present must be among the prompts the person chose. */
export function signProblems(
  settings: CheckinSettings,
  signsPresent: readonly string[],
): FieldError[] {
  const prompts = new Set(settings.warningSignPrompts);
  return signsPresent.flatMap((sign, index) =>
    prompts.has(sign)
      ? []
      : [{ field: `signsPresent.${index}`, message: say('validation.unknownPrompt') }],
  );
}

function dedupe(problems: FieldError[]): FieldError[] {
  const keys = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field}\u0000${p.message}`;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}
