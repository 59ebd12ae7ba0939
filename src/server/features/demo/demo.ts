// Fictional demo people for trying Waymark on your own machine. Created only into an empty
// database, and never by default on PostgreSQL.

import { ownerScope } from '../../../domain/access/scope.ts';
import type { Goal, GoalNote } from '../../../domain/record/record.schema.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { RecordService } from '../record/record.service.ts';

/** The services the demo writes through; main.ts passes the app's own (app.ts assembles them). */
export type DemoServices = { auth: AuthService; records: RecordService };

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
): Promise<DemoAccount[] | null> {
  if (accountCount > 0) return null;
  const [person, supporter, practitioner] = DEMO_ACCOUNTS as [
    DemoAccount,
    DemoAccount,
    DemoAccount,
  ];
  const sam = await services.auth.signUp(person, 'person');
  await services.auth.signUp(supporter, 'supporter');
  await services.auth.signUp(practitioner, 'practitioner');
  await services.auth.signOut(sam.tokenHash);

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
  return DEMO_ACCOUNTS;
}
