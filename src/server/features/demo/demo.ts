// Fictional demo people for trying Waymark on your own machine. Created only into an empty
// database, and never by default on PostgreSQL. Sam keeps a record and shares parts of it:
// with Jo (family) the crisis plan, the staying-well plan, goals and one journal entry; with
// Priya (practitioner) goals, the crisis plan, check-ins and questionnaires. So each demo
// account lands on something: Sam on their record, Jo and Priya on "People I support".

import { ownerScope } from '../../../domain/access/scope.ts';
import type { LifeAreaRatingSet } from '../../../domain/checkins/checkins.schema.ts';
import {
  type CrisisPlan,
  EMPTY_CRISIS_PLAN,
  type StayingWellPlan,
  type SupportContact,
} from '../../../domain/record/plans.schema.ts';
import type { Goal, GoalNote } from '../../../domain/record/record.schema.ts';
import type { Section } from '../../../domain/record/sections.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { CheckinService } from '../checkins/checkins.service.ts';
import type { JournalService } from '../journal/journal.service.ts';
import type { RecordService } from '../record/record.service.ts';
import type { SharingService } from '../sharing/sharing.service.ts';

/** The services the demo writes through; main.ts passes the app's own (app.ts assembles them). */
export type DemoServices = {
  auth: AuthService;
  records: RecordService;
  checkins: CheckinService;
  journal: JournalService;
  sharing: SharingService;
};

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

const NOTHING_SAVED_YET = { kind: 'version', version: 0 } as const;

/** A calendar date `days` before `now` (YYYY-MM-DD). */
const daysBefore = (now: Date, days: number) =>
  new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

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
  const samId = sam.account.id;

  const aboutScope = ownerScope(sam.account.id, 'about_me', 'write');
  await services.records.create(aboutScope, 'about_me', {
    strengths: 'I am stubborn in a good way. I notice when friends are having a hard time.',
    values: 'Being honest. Looking after my younger brother.',
    whatMatters: 'My brother, my allotment, and the football on Saturdays.',
    identity: 'Nigerian-British, a gardener, a big brother.',
    culture: 'I go to church with my mum at Christmas and Easter.',
    whenWell: 'I get up early, cook proper meals and text my friends back.',
    howToSupportMe: 'Text me before you ring. If I go quiet, a walk helps more than advice.',
  });

  const goalsScope = ownerScope(sam.account.id, 'goals', 'write');
  const areas = await services.records.list<{ name: string }>(goalsScope, 'life_area');
  const leisure = areas.find((a) => a.data.name === 'Things I enjoy');
  const goal = await services.records.create<Goal>(goalsScope, 'goal', {
    title: 'Get back to my allotment twice a week',
    why: 'Growing things helps me feel calm and useful.',
    lifeAreaId: leisure?.id ?? null,
    steps: [
      { id: 'step-1', text: 'Ask my neighbour to water it on Tuesdays for a while', done: true },
      { id: 'step-2', text: 'Go on Saturday morning with my brother', done: false },
      { id: 'step-3', text: 'Plant the winter onions', done: false },
    ],
    whoHelps: 'My brother. Mr Patel from the next plot.',
    targetDate: '2027-04-01',
    status: 'in_progress',
  });
  await services.records.create<GoalNote>(
    goalsScope,
    'goal_note',
    { date: '2026-11-20', text: 'Went for an hour. Cleared the weeds from the onion bed.' },
    goal.id,
  );
  const joContact = await services.records.create<SupportContact>(
    ownerScope(samId, 'support_network', 'write'),
    'support_contact',
    {
      name: 'Jo',
      kind: 'person',
      howTheyHelp: 'My sister. She knows me best and stays calm.',
      phone: '07700 900123',
      email: '',
      notes: '',
      formal: false,
      crisisContact: true,
    },
  );
  await services.records.saveSingleton<StayingWellPlan>(
    ownerScope(samId, 'staying_well', 'write'),
    'staying_well',
    NOTHING_SAVED_YET,
    {
      daily: ['Up by eight and breakfast before my phone', 'A walk, even a short one'],
      weekly: ['Allotment on Saturday morning', 'Ring mum on Sunday'],
      triggers: [
        {
          trigger: 'Money worries piling up',
          whatHelps: 'Open the letters with Jo, one at a time.',
        },
      ],
      earlyWarningSigns: [
        {
          sign: 'I stop texting friends back',
          whatToDo: 'Tell Jo, and go to the allotment anyway.',
        },
      ],
      gettingWorse: [
        {
          sign: 'Not sleeping for two nights or more',
          whatHelps: 'Ring my GP surgery in the morning.',
        },
      ],
    },
  );
  await services.records.saveSingleton<CrisisPlan>(
    ownerScope(samId, 'crisis_plan', 'write'),
    'crisis_plan',
    NOTHING_SAVED_YET,
    {
      ...EMPTY_CRISIS_PLAN,
      signs: 'I stay in my room, stop eating properly and say I am "just tired".',
      wantInvolved: [{ contactId: joContact.id, whatToDo: 'Come round. Sit with me.' }],
      whatHelps: 'Quiet, a cup of tea, someone who does not rush me.',
      whatDoesNotHelp: 'Lots of questions at once. Being told to cheer up.',
      practical: { ...EMPTY_CRISIS_PLAN.practical, pets: 'Feed Biscuit the cat.' },
      lastReviewed: daysBefore(now, 14),
    },
  );
  // Three quick check-ins over the last fortnight, with the three scales everyone starts with.
  const checkinsScope = ownerScope(samId, 'checkins', 'write');
  for (const [daysAgo, scores] of [
    [12, { mood: 3, hope: 3, sleep: 2 }],
    [6, { mood: 4, hope: 4, sleep: 4 }],
    [1, { mood: 5, hope: 5, sleep: 4 }],
  ] as const) {
    await services.checkins.create(checkinsScope, {
      takenAt: `${daysBefore(now, daysAgo)}T09:00:00.000Z`,
      scores: { ...scores },
      forMeOnly: false,
    });
  }
  // One set of life-area ratings, so "How Sam is doing" has its star chart too.
  const rated = areas.slice(0, 5).map((area, index) => ({
    lifeAreaId: area.id,
    score: [5, 3, 4, 6, 2][index] ?? 4,
    wantHelp: index === 4,
  }));
  if (rated.length > 0) {
    await services.records.create<LifeAreaRatingSet>(checkinsScope, 'life_area_rating', {
      date: daysBefore(now, 6),
      ratings: rated,
    });
  }
  const entry = await services.journal.create(ownerScope(samId, 'journal', 'write'), {
    date: daysBefore(now, 2),
    mood: 5,
    text: 'Jo came to the allotment with me. We did not talk much, which was nice. The onions are in.',
  });

  const toJo = await services.sharing.createRelationship({
    personId: samId,
    accountId: jo.account.id,
    role: 'family',
    knownAs: 'Jo',
    grants: (['crisis_plan', 'staying_well', 'goals'] as const).map(view),
  });
  await services.sharing.shareJournalEntry(samId, toJo, entry.id);
  await services.sharing.createRelationship({
    personId: samId,
    accountId: priya.account.id,
    role: 'practitioner',
    knownAs: 'Priya',
    grants: (['goals', 'crisis_plan', 'checkins', 'measures'] as const).map(view),
  });
  return DEMO_ACCOUNTS;
}

const view = (section: Section) => ({ section, level: 'view' as const, endsAt: null });
