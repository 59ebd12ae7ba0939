// The people the suite measures, made through the HTTP API as a person would make them:
// - Sam, the owner: About me, 20 goals, a crisis plan, an emergency link, and an invitation;
// - Jo, Sam's supporter, who accepted the invitation (About me and the crisis plan shared);
// - one writer per connection, each with an About me of their own, so saves never conflict
//   (the first writer also takes the check-ins);
// - Alex, with years of check-ins behind the chart page (chart-seed.ts).

import { EMPTY_CRISIS_PLAN } from '../src/domain/record/plans.schema.ts';
import { type AboutMe, EMPTY_ABOUT_ME } from '../src/domain/record/record.schema.ts';
import { seedChart } from './chart-seed.ts';
import {
  type Account,
  expect,
  inParallel,
  recordPath,
  signUp,
  writeHeaders,
} from './http-client.ts';

export type Seeded = {
  owner: Account;
  supporter: Account;
  writers: Account[];
  chart: Account;
  emergencyToken: string;
  /**
   * The chart answer (GET /checkins/series) as JSON and as sent with brotli, in bytes; absent
   * when no chart history was asked for (0 years).
   */
  chartAnswer?: { points: number; jsonBytes: number; sentBytes: number };
  seconds: number;
  /** A practitioner's session with a caseload (caseload-seed.ts), when the caseload is measured. */
  caseloadCookie?: string;
};

const WORDS = 'Words the person wrote about what matters to them. '.repeat(20).trim();

export const ABOUT_ME: AboutMe = {
  ...EMPTY_ABOUT_ME,
  strengths: WORDS,
  values: WORDS,
  whatMatters: WORDS,
  whenWell: WORDS,
};

/** Sign-up allows 20 a minute per address: 15 accounts from each loopback address. */
const ACCOUNTS_PER_ADDRESS = 15;

async function saveAboutMe(origin: string, account: Account): Promise<void> {
  await expect(200, recordPath(origin, account, '/about-me'), {
    method: 'PUT',
    headers: { ...writeHeaders(account), 'if-match': 'W/"0"' },
    body: ABOUT_ME,
  });
}

async function seedOwner(origin: string, owner: Account) {
  const write = writeHeaders(owner);
  await saveAboutMe(origin, owner);
  for (let i = 1; i <= 20; i += 1) {
    await expect(201, recordPath(origin, owner, '/goals'), {
      method: 'POST',
      headers: write,
      body: {
        title: `Goal ${i}`,
        why: WORDS,
        lifeAreaId: null,
        steps: [1, 2, 3].map((n) => ({ id: `s${n}`, text: `Step ${n}`, done: n === 1 })),
        whoHelps: 'My sister',
        targetDate: '2027-06-01',
        status: 'in_progress',
      },
    });
  }
  const text = 'What the person wants others to know and do in a crisis. '.repeat(10).trim();
  await expect(200, recordPath(origin, owner, '/crisis-plan'), {
    method: 'PUT',
    headers: { ...write, 'if-match': 'W/"0"' },
    body: { ...EMPTY_CRISIS_PLAN, signs: text, whatHelps: text, whatDoesNotHelp: text },
  });
  const link = await expect<{ token: string }>(201, recordPath(origin, owner, '/emergency-links'), {
    method: 'POST',
    headers: write,
    body: { expiresInHours: 720 },
  });
  const invitation = await expect<{ token: string }>(
    201,
    recordPath(origin, owner, '/invitations'),
    {
      method: 'POST',
      headers: write,
      body: {
        role: 'friend',
        knownAs: 'Jo',
        sections: { about_me: 'view', crisis_plan: 'view' },
      },
    },
  );
  return { emergencyToken: link.json.token, invitationToken: invitation.json.token };
}

export async function seed(
  origin: string,
  options: { writers: number; chartYears: number },
  log: (line: string) => void,
): Promise<Seeded> {
  const began = performance.now();
  let accounts = 0;
  const newAccount = (email: string, name: string) => {
    const address = `127.0.0.${10 + Math.floor(accounts / ACCOUNTS_PER_ADDRESS)}`;
    accounts += 1;
    return signUp(origin, email, name, address);
  };

  const owner = await newAccount('sam@example.test', 'Sam');
  const supporter = await newAccount('jo@example.test', 'Jo');
  const chart = await newAccount('alex@example.test', 'Alex');
  const { emergencyToken, invitationToken } = await seedOwner(origin, owner);
  await expect(200, `${origin}/api/invitations/accept`, {
    method: 'POST',
    headers: writeHeaders(supporter),
    body: { token: invitationToken },
  });

  const writers: Account[] = [];
  const emails = Array.from({ length: options.writers }, (_, i) => `writer${i}@example.test`);
  await inParallel(emails, 4, async (email, i) => {
    const writer = await newAccount(email, `Writer ${i}`);
    await saveAboutMe(origin, writer);
    writers[i] = writer;
  });
  log(`  ${accounts} accounts, About me, 20 goals, a crisis plan, sharing and an emergency link`);

  const chartAnswer =
    options.chartYears > 0 ? await seedChart(origin, chart, options.chartYears, log) : undefined;
  return {
    owner,
    supporter,
    writers,
    chart,
    emergencyToken,
    ...(chartAnswer ? { chartAnswer } : {}),
    seconds: (performance.now() - began) / 1000,
  };
}
