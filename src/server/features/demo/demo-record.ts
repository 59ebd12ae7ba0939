// Sam's own words: about me, goals with steps and notes, a support network, and all four
// plans. Fictional, written for the demo; dates are counted back from the day it is seeded.
import { ownerScope } from '../../../domain/access/scope.ts';
import { type MessageKey, t } from '../../../domain/i18n/translate.ts';
import {
  type AfterCrisis,
  type CrisisPlan,
  EMPTY_CRISIS_PLAN,
  type MovingOnPlan,
  type SafetyPlan,
  type StayingWellPlan,
  type SupportContact,
} from '../../../domain/record/plans.schema.ts';
import type { Goal, GoalNote } from '../../../domain/record/record.schema.ts';
import type { RecordService } from '../record/record.service.ts';

const NOTHING_SAVED_YET = { kind: 'version', version: 0 } as const;

/** A calendar date `days` before `now` (YYYY-MM-DD). */
export const daysBefore = (now: Date, days: number) =>
  new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

export type DemoGoals = { allotment: string; money: string; walking: string };

const contact = (fields: Partial<SupportContact> & Pick<SupportContact, 'name'>) => ({
  kind: 'person' as const,
  howTheyHelp: '',
  phone: '',
  email: '',
  notes: '',
  formal: false,
  crisisContact: false,
  ...fields,
});

export async function seedAboutMe(records: RecordService, samId: string): Promise<void> {
  await records.create(ownerScope(samId, 'about_me', 'write'), 'about_me', {
    strengths: 'I am stubborn in a good way. I notice when friends are having a hard time.',
    values: 'Being honest. Looking after my younger brother.',
    whatMatters: 'My brother, my allotment, and the football on Saturdays.',
    identity: 'Nigerian-British, a gardener, a big brother.',
    culture: 'I go to church with my mum at Christmas and Easter.',
    whenWell: 'I get up early, cook proper meals and text my friends back.',
    howToSupportMe: 'Text me before you ring. If I go quiet, a walk helps more than advice.',
  });
}

/** Three goals in three life areas: one under way, one newer, one achieved. */
export async function seedGoals(
  records: RecordService,
  samId: string,
  now: Date,
): Promise<DemoGoals> {
  const scope = ownerScope(samId, 'goals', 'write');
  const areas = await records.list<{ name: string }>(scope, 'life_area');
  // Sam kept the default life areas (life-areas.ts), so they are found by their names.
  const area = (key: MessageKey) => areas.find((a) => a.data.name === t(key))?.id ?? null;
  const goal = (data: Goal) => records.create<Goal>(scope, 'goal', data);
  const note = (goalId: string, daysAgo: number, text: string) =>
    records.create<GoalNote>(scope, 'goal_note', { date: daysBefore(now, daysAgo), text }, goalId);

  const allotment = await goal({
    title: 'Get back to my allotment twice a week',
    why: 'Growing things helps me feel calm and useful.',
    lifeAreaId: area('lifeArea.default.leisure'),
    steps: [
      { id: 'step-1', text: 'Ask my neighbour to water it on Tuesdays for a while', done: true },
      { id: 'step-2', text: 'Go on Saturday morning with my brother', done: true },
      { id: 'step-3', text: 'Plant the winter onions', done: false },
      { id: 'step-4', text: 'Go on a weekday too', done: false },
    ],
    whoHelps: 'My brother. Mr Patel from the next plot.',
    targetDate: daysBefore(now, -60),
    status: 'in_progress',
  });
  await note(allotment.id, 70, 'Only managed to look at it from the gate. That still counts.');
  await note(allotment.id, 30, 'Went with my brother. We cleared the weeds from the onion bed.');
  await note(allotment.id, 9, 'Went on my own for an hour. Mr Patel gave me some garlic.');

  const money = await goal({
    title: 'Get on top of the letters about money',
    why: 'The pile of letters keeps me awake.',
    lifeAreaId: area('lifeArea.default.money'),
    steps: [
      { id: 'step-1', text: 'Open the letters with Jo, one at a time', done: true },
      { id: 'step-2', text: 'Book a free appointment with the debt advice service', done: true },
      { id: 'step-3', text: 'Set up a payment plan for the council tax', done: false },
    ],
    whoHelps: 'Jo. The debt advice service at the library.',
    targetDate: daysBefore(now, -30),
    status: 'in_progress',
  });
  await note(
    money.id,
    40,
    'Jo came round and we opened all of them. It was less bad than I feared.',
  );
  await note(money.id, 20, 'Saw the adviser. She said a payment plan is normal and fine.');

  const walking = await goal({
    title: 'Walk for 20 minutes on most days',
    why: 'I sleep better when I have been outside.',
    lifeAreaId: area('lifeArea.default.body'),
    steps: [
      { id: 'step-1', text: 'Walk round the block after breakfast', done: true },
      { id: 'step-2', text: 'Join the Wednesday walking group', done: true },
    ],
    whoHelps: 'The Wednesday walking group.',
    targetDate: daysBefore(now, 10),
    status: 'achieved',
  });
  await note(walking.id, 12, 'Five days this week. I am calling this one done.');
  return { allotment: allotment.id, money: money.id, walking: walking.id };
}

/** The people, group and services around Sam. Answers Jo's contact id, for sharing and plans. */
export async function seedSupportNetwork(records: RecordService, samId: string) {
  const scope = ownerScope(samId, 'support_network', 'write');
  const add = (data: SupportContact) =>
    records.create<SupportContact>(scope, 'support_contact', data);
  const jo = await add(
    contact({
      name: 'Jo',
      howTheyHelp: 'My sister. She knows me best and stays calm.',
      phone: '07700 900123',
      crisisContact: true,
    }),
  );
  const mum = await add(
    contact({ name: 'Mum', howTheyHelp: 'Sunday dinners. Prays for me.', phone: '07700 900456' }),
  );
  const gp = await add(
    contact({
      name: 'Dr Ahmed at Parkside Surgery',
      kind: 'service',
      howTheyHelp: 'My GP. Knows about my medication.',
      phone: '020 7946 0321',
      formal: true,
    }),
  );
  await add(
    contact({
      name: 'Wednesday walking group',
      kind: 'group',
      howTheyHelp: 'A walk and a chat, no pressure to talk.',
      notes: 'Meets at the park gates at 10.',
    }),
  );
  return { jo: jo.id, mum: mum.id, gp: gp.id };
}

type People = Awaited<ReturnType<typeof seedSupportNetwork>>;

export async function seedPlans(
  records: RecordService,
  samId: string,
  people: People,
  now: Date,
): Promise<void> {
  await records.saveSingleton<StayingWellPlan>(
    ownerScope(samId, 'staying_well', 'write'),
    'staying_well',
    NOTHING_SAVED_YET,
    {
      daily: ['Up by eight and breakfast before my phone', 'A walk, even a short one'],
      weekly: ['Allotment on Saturday morning', 'Ring mum on Sunday', 'Walking group on Wednesday'],
      triggers: [
        {
          trigger: 'Money worries piling up',
          whatHelps: 'Open the letters with Jo, one at a time.',
        },
        {
          trigger: 'Long dark evenings',
          whatHelps: 'Plan something for the evening before it gets dark.',
        },
      ],
      earlyWarningSigns: [
        {
          sign: 'I stop texting friends back',
          whatToDo: 'Tell Jo, and go to the allotment anyway.',
        },
        { sign: 'I stay up past two', whatToDo: 'Phone away at eleven. Radio on low.' },
      ],
      gettingWorse: [
        {
          sign: 'Not sleeping for two nights or more',
          whatHelps: 'Ring my GP surgery in the morning.',
        },
      ],
    },
  );
  await records.saveSingleton<CrisisPlan>(
    ownerScope(samId, 'crisis_plan', 'write'),
    'crisis_plan',
    NOTHING_SAVED_YET,
    {
      ...EMPTY_CRISIS_PLAN,
      signs: 'I stay in my room, stop eating properly and say I am "just tired".',
      wantInvolved: [
        { contactId: people.jo, whatToDo: 'Come round. Sit with me. Help me ring the GP.' },
        { contactId: people.gp, whatToDo: 'See me the same day if you can.' },
      ],
      notInvolved: [
        { name: 'My old flatmate', reason: 'We do not get on. It makes things worse.' },
      ],
      whatHelps: 'Quiet, a cup of tea, someone who does not rush me.',
      whatDoesNotHelp: 'Lots of questions at once. Being told to cheer up.',
      treatment: 'I would rather be treated at home if it is safe.',
      medication: 'Sertraline suits me. Please talk to me before changing it.',
      allergies: 'Penicillin.',
      practical: {
        ...EMPTY_CRISIS_PLAN.practical,
        pets: 'Feed Biscuit the cat. Jo has a key.',
        bills: 'The council tax payment plan is in the blue folder.',
      },
      placesOfCare: 'The crisis house on Mill Road, if I cannot stay at home.',
      noLongerApplies: 'When I write a new one, or in a year from the last review.',
      nominatedPersonContactId: people.jo,
      lastReviewed: daysBefore(now, 14),
    },
  );
  await records.saveSingleton<SafetyPlan>(
    ownerScope(samId, 'safety_plan', 'write'),
    'safety_plan',
    NOTHING_SAVED_YET,
    {
      warningSigns: ['I stop answering the door', 'Everything feels pointless'],
      onMyOwn: ['Cold water on my face', 'Walk to the park and back', 'Music in my headphones'],
      peopleAndPlaces: ['The allotment', 'The café by the library'],
      peopleToAsk: [{ contactId: people.jo }, { contactId: people.mum }],
      professionals: [{ contactId: people.gp }],
      saferSurroundings: ['Ask Jo to keep my spare tablets at hers'],
      reasonsForLiving: ['My brother', 'Biscuit', 'Seeing the onions come up'],
      reasonPhotoIds: [],
    },
  );
  await records.saveSingleton<AfterCrisis>(
    ownerScope(samId, 'after_crisis', 'write'),
    'after_crisis',
    NOTHING_SAVED_YET,
    {
      backOnTrack: 'Small days at first. Jo checking in each evening. Back to the walking group.',
      learned:
        'The money letters were the start of it. Next time I open them with someone the week they come.',
    },
  );
  await records.saveSingleton<MovingOnPlan>(
    ownerScope(samId, 'moving_on', 'write'),
    'moving_on',
    NOTHING_SAVED_YET,
    {
      earlyWarningSigns: ['I stop going to the walking group', 'I leave letters unopened'],
      contacts: [
        { contactId: people.jo, whatToDo: 'Ask me straight out how I am doing.' },
        { contactId: people.gp, whatToDo: 'Refer me back to the team quickly.' },
      ],
      wayBack: 'Ring the team and ask for the duty worker. The number is on my last letter.',
      whatToSay: 'I was with the team last year. My early signs are back and I want help soon.',
      helpedBefore: 'Seeing the same worker each time, and visits in the morning.',
    },
  );
}
