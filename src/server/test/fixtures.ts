// Small factories for valid request bodies. Tests override only the fields they are about,
// so each test says what matters to it and nothing else.
import type { SignUpInput } from '../../domain/auth/auth.schema.ts';
import type { AboutMe, Goal, GoalNote, LifeArea } from '../../domain/record/record.schema.ts';

let serial = 0;

/** An email address no other test has used, on this or any earlier run. */
export function uniqueEmail(): string {
  serial += 1;
  return `person-${serial}-${crypto.randomUUID().slice(0, 8)}@example.test`;
}

export const aSignUp = (overrides: Partial<SignUpInput> = {}): SignUpInput => ({
  email: uniqueEmail(),
  password: 'a long enough password',
  displayName: 'Sam',
  ...overrides,
});

export const aGoal = (overrides: Partial<Goal> = {}): Goal => ({
  title: 'Get back to swimming once a week',
  why: 'It clears my head.',
  lifeAreaId: null,
  steps: [{ id: 'step-1', text: 'Find the pool timetable', done: false }],
  whoHelps: 'My sister',
  targetDate: '2027-03-28',
  status: 'in_progress',
  ...overrides,
});

export const aLifeArea = (overrides: Partial<LifeArea> = {}): LifeArea => ({
  name: 'Faith and community',
  ...overrides,
});

export const aNote = (overrides: Partial<GoalNote> = {}): GoalNote => ({
  date: '2026-11-24',
  text: 'Went to the pool for the first time in a year.',
  ...overrides,
});

export const anAboutMe = (overrides: Partial<AboutMe> = {}): AboutMe => ({
  strengths: 'I keep going.',
  values: 'Honesty',
  whatMatters: 'My sister',
  identity: '',
  culture: '',
  whenWell: 'I cook for friends',
  howToSupportMe: 'Text before you call',
  ...overrides,
});
