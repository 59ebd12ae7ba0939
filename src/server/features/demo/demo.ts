// Fictional demo people for trying Waymark on your own machine. Created only into an empty
// database, and never by default on PostgreSQL. Sam has used Waymark for three months, so a
// newcomer sees every plan and chart at once (demo-record.ts, demo-progress.ts). Sam shares
// parts of it: with Jo (family) the crisis plan, the staying-well plan, goals and one journal
// entry, and Jo may suggest on goals and the staying-well plan (demo-together.ts: one suggestion
// waiting for Sam, one word of encouragement); with Priya (practitioner) goals, the crisis plan,
// check-ins and questionnaires. So each demo account lands on something: Sam on their record,
// Jo and Priya on "People I support".

import type { Section } from '../../../domain/record/sections.ts';
import type { AccountService } from '../account/account.service.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { CheckinService } from '../checkins/checkins.service.ts';
import type { JournalService } from '../journal/journal.service.ts';
import type { MeasureAnswers } from '../measures/measure-answers.service.ts';
import type { MeasureLibrary } from '../measures/measure-library.service.ts';
import type { RecordService } from '../record/record.service.ts';
import type { SecondFactorService } from '../second-factor/second-factor.service.ts';
import type { SharingService } from '../sharing/sharing.service.ts';
import {
  seedCheckins,
  seedGoalRatings,
  seedJournal,
  seedLifeAreaRatings,
  seedQuestionnaires,
} from './demo-progress.ts';
import { seedAboutMe, seedGoals, seedPlans, seedSupportNetwork } from './demo-record.ts';
import { seedWorkingTogether, type TogetherServices } from './demo-together.ts';

/** The services the demo writes through; main.ts passes the app's own (app.ts assembles them). */
export type DemoServices = {
  auth: AuthService;
  accounts: AccountService;
  records: RecordService;
  checkins: CheckinService;
  journal: JournalService;
  sharing: SharingService;
  measureLibrary: MeasureLibrary;
  measureAnswers: MeasureAnswers;
  secondFactor: Pick<SecondFactorService, 'turnOnWithKnownSecret'>;
} & TogetherServices;

/**
 * The demo practitioner's authenticator secret (base32, RFC 6238): staff must use two-step
 * sign-in (decision 0039), so Priya signs in with a code from any authenticator app given this
 * secret. Public on purpose, like the demo passwords: never use it for a real account.
 */
export const DEMO_PRACTITIONER_TOTP_SECRET = 'WAYMARKDEMOPRIYAWAYMARKDEMOPRIYA';

export type DemoAccount = { role: string; email: string; password: string; displayName: string };

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    role: 'person',
    email: 'sam@demo.waymark.invalid',
    password: 'demo-person-sam-2026',
    displayName: 'Sam Okafor',
  },
  {
    role: 'supporter',
    email: 'jo@demo.waymark.invalid',
    password: 'demo-supporter-jo-2026',
    displayName: 'Jo Okafor',
  },
  {
    role: 'practitioner',
    email: 'priya@demo.waymark.invalid',
    password: 'demo-practitioner-priya-2026',
    displayName: 'Priya Shah',
  },
];

export async function seedDemo(
  services: DemoServices,
  accountCount: number,
  now: Date = new Date(),
): Promise<DemoAccount[] | null> {
  if (accountCount > 0) return null;
  const [person, supporter, practitioner] = DEMO_ACCOUNTS as [
    DemoAccount,
    DemoAccount,
    DemoAccount,
  ];
  const sam = await services.auth.signUp(person, 'person');
  const jo = await services.auth.signUp(supporter, 'supporter');
  const priya = await services.auth.signUp(practitioner, 'practitioner');
  await services.auth.signOut(sam.tokenHash);
  await services.auth.signOut(jo.tokenHash);
  await services.auth.signOut(priya.tokenHash);
  await services.secondFactor.turnOnWithKnownSecret(
    priya.account.id,
    DEMO_PRACTITIONER_TOTP_SECRET,
  );
  const samId = sam.account.id;
  // Sam has been here three months: the first-run welcome is long past.
  await services.accounts.welcomed(samId);

  const { records } = services;
  await seedAboutMe(records, samId);
  const goals = await seedGoals(records, samId, now);
  const people = await seedSupportNetwork(records, samId);
  await seedPlans(records, samId, people, now);
  const at = { id: samId, now };
  await seedCheckins(records, services.checkins, at);
  await seedLifeAreaRatings(records, at);
  await seedQuestionnaires(services.measureLibrary, services.measureAnswers, at);
  await seedGoalRatings(services.measureAnswers, goals, at);
  const sharedEntry = await seedJournal(services.journal, at);

  const toJo = await services.sharing.createRelationship({
    personId: samId,
    accountId: jo.account.id,
    role: 'family',
    knownAs: 'Jo',
    grants: [view('crisis_plan'), suggest('staying_well'), suggest('goals')],
  });
  await services.sharing.shareJournalEntry(samId, toJo, sharedEntry);
  await seedWorkingTogether(services, { samId, joId: jo.account.id, goals });
  await services.sharing.createRelationship({
    personId: samId,
    accountId: priya.account.id,
    role: 'practitioner',
    knownAs: 'Priya',
    grants: (['goals', 'crisis_plan', 'checkins', 'measures'] as const).map(view),
  });
  return DEMO_ACCOUNTS;
}

/**
 * The demo accounts this installation still has as shipped: the account exists and its demo
 * password still signs in. main.ts prints these on every start, so anyone running Waymark
 * knows which accounts anyone could open; one whose password was changed is no longer listed.
 */
export async function demoAccountsAsShipped(auth: AuthService): Promise<DemoAccount[]> {
  const still: DemoAccount[] = [];
  for (const account of DEMO_ACCOUNTS)
    if (await auth.stillHasPassword(account.email, account.password)) still.push(account);
  return still;
}

const view = (section: Section) => ({ section, level: 'view' as const, endsAt: null });
const suggest = (section: Section) => ({ section, level: 'suggest' as const, endsAt: null });
