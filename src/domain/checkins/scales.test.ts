import { describe, expect, it } from 'vitest';
import { wordsFor } from '../i18n/said.ts';
import {
  type CheckinSettings,
  checkinSettingsSchema,
  DEFAULT_CHECKIN_SETTINGS,
} from './checkins.schema.ts';
import { scoreProblems, settingsProblems, signProblems } from './scales.ts';

const worded = (problems: { field: string; message: string }[]) =>
  problems.map((problem) => ({ ...problem, message: wordsFor(problem.message) }));

const settings = (overrides: Partial<CheckinSettings> = {}): CheckinSettings => ({
  ...DEFAULT_CHECKIN_SETTINGS,
  ...overrides,
});
const own = (n: number, active = true) => ({
  id: `own-${n}`,
  name: `My scale ${n}`,
  range: '0-10' as const,
  active,
});
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('Default check-in settings', () => {
  it('are valid settings with mood, hope and sleep in use and reminders off', () => {
    expect(checkinSettingsSchema.parse(DEFAULT_CHECKIN_SETTINGS)).toEqual(DEFAULT_CHECKIN_SETTINGS);
    const inUse = DEFAULT_CHECKIN_SETTINGS.scales.filter((s) => s.active).map((s) => s.id);
    expect(inUse).toEqual(['mood', 'hope', 'sleep']);
    expect(DEFAULT_CHECKIN_SETTINGS.reminder).toBe('off');
  });
});

describe('Changing check-in settings', () => {
  const none = new Set<string>();

  it('lets the person add their own scales, up to five in use at a time', () => {
    const five = settings({
      scales: [...DEFAULT_CHECKIN_SETTINGS.scales, ...[1, 2, 3, 4, 5].map((n) => own(n))],
    });
    expect(settingsProblems(five, DEFAULT_CHECKIN_SETTINGS, none)).toEqual([]);
    const six = settings({ scales: [...five.scales, own(6)] });
    expect(fields(settingsProblems(six, DEFAULT_CHECKIN_SETTINGS, none))).toEqual(['scales']);
    const sixOneRetired = settings({ scales: [...five.scales, own(6, false)] });
    expect(settingsProblems(sixOneRetired, DEFAULT_CHECKIN_SETTINGS, none)).toEqual([]);
  });

  it('names own scales and leaves built-in ones to the app', () => {
    const next = settings({
      scales: [
        { id: 'mood', name: 'Feelings', range: '1-7', active: true },
        { id: 'own-voices', name: null, range: '0-10', active: true },
      ],
    });
    expect(fields(settingsProblems(next, DEFAULT_CHECKIN_SETTINGS, none))).toEqual([
      'scales.0.name',
      'scales.1.name',
    ]);
  });

  it('refuses the same scale twice', () => {
    const next = settings({ scales: [own(1), own(1)] });
    expect(fields(settingsProblems(next, DEFAULT_CHECKIN_SETTINGS, none))).toEqual(['scales.1.id']);
  });

  it('keeps the range of a scale that has scores, and lets an unused one change', () => {
    const tenPointMood = settings({
      scales: DEFAULT_CHECKIN_SETTINGS.scales.map((s) =>
        s.id === 'mood' ? { ...s, range: '0-10' as const } : s,
      ),
    });
    expect(settingsProblems(tenPointMood, DEFAULT_CHECKIN_SETTINGS, none)).toEqual([]);
    expect(
      fields(settingsProblems(tenPointMood, DEFAULT_CHECKIN_SETTINGS, new Set(['mood']))),
    ).toEqual(['scales.0.range']);
  });

  it('lets a scale with scores be switched off but not removed', () => {
    const withoutSleep = settings({
      scales: DEFAULT_CHECKIN_SETTINGS.scales.filter((s) => s.id !== 'sleep'),
    });
    expect(settingsProblems(withoutSleep, DEFAULT_CHECKIN_SETTINGS, none)).toEqual([]);
    expect(
      fields(settingsProblems(withoutSleep, DEFAULT_CHECKIN_SETTINGS, new Set(['sleep']))),
    ).toEqual(['scales']);
    const sleepOff = settings({
      scales: DEFAULT_CHECKIN_SETTINGS.scales.map((s) =>
        s.id === 'sleep' ? { ...s, active: false } : s,
      ),
    });
    expect(settingsProblems(sleepOff, DEFAULT_CHECKIN_SETTINGS, new Set(['sleep']))).toEqual([]);
  });

  it('refuses the same warning-sign prompt twice', () => {
    const next = settings({ warningSignPrompts: ['Sleeping past noon', 'Sleeping past noon'] });
    expect(fields(settingsProblems(next, DEFAULT_CHECKIN_SETTINGS, none))).toEqual([
      'warningSignPrompts.1',
    ]);
  });
});

describe('Scores in a check-in', () => {
  const mine = settings({ scales: [...DEFAULT_CHECKIN_SETTINGS.scales, own(1)] });

  it('accepts whole numbers within each scale’s range, including the ends', () => {
    expect(scoreProblems(mine, { mood: 1, hope: 7, 'own-1': 0 })).toEqual([]);
    expect(scoreProblems(mine, { 'own-1': 10 })).toEqual([]);
  });

  it.each([
    ['mood', 0, 'Enter a whole number from 1 to 7'],
    ['mood', 8, 'Enter a whole number from 1 to 7'],
    ['mood', 3.5, 'Enter a whole number from 1 to 7'],
    ['own-1', 11, 'Enter a whole number from 0 to 10'],
    ['own-1', -1, 'Enter a whole number from 0 to 10'],
    ['own-9', 3, 'This is not one of your check-in scales'],
    ['happiness', 3, 'This is not one of your check-in scales'],
  ])('refuses %s = %s', (scale, value, message) => {
    expect(worded(scoreProblems(mine, { [scale]: value }))).toEqual([
      { field: `scores.${scale}`, message },
    ]);
  });

  it('accepts only warning signs the person chose as prompts', () => {
    const prompted = settings({ warningSignPrompts: ['Sleeping past noon'] });
    expect(signProblems(prompted, ['Sleeping past noon'])).toEqual([]);
    expect(fields(signProblems(prompted, ['Sleeping past noon', 'Not eating']))).toEqual([
      'signsPresent.1',
    ]);
  });
});
