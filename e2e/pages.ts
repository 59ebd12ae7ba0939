// Small page objects for the end-to-end journey: each knows how a person reaches and uses one
// page, by the labels and roles they see, so the test reads like what the person does.
import type { Locator, Page } from 'playwright-core';

export type Person = { name: string; email: string; password: string };

/** A new person called `name`, with an email no earlier run has used and the shared password. */
export const person = (name: string): Person => ({
  name,
  email: `${name.toLowerCase()}.${Date.now()}@example.test`,
  password: 'apple kettle river lamp',
});

/** Makes an invitation on the Sharing page and returns the link and code it shows once. */
export async function invite(page: Page, who: { role: string; name: string; sections: string[] }) {
  await page.getByRole('radio', { name: who.role }).check();
  await page.getByRole('textbox', { name: 'The name you know them by' }).fill(who.name);
  for (const section of who.sections) await page.getByRole('checkbox', { name: section }).check();
  await page.getByRole('button', { name: 'Make the invitation' }).click();
  await page.getByRole('heading', { name: `Your invitation for ${who.name}` }).waitFor();
  const link = await page.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  const code = (await page.getByTestId('invite-code').textContent()) ?? '';
  return { link, code };
}

/** Waits until the page's h1 says `name`. */
export async function expectPage(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Clicks a link in the main navigation, opening the phone-width Menu first when it is closed. */
export async function navigate(page: Page, link: string, heading: string | RegExp): Promise<void> {
  await openMenuIfNeeded(
    page,
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }),
  );
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
  await expectPage(page, heading);
}

/** Opens "Show the numbers as a table" under the chart of `name` on How I'm doing. */
export async function showTable(page: Page, name: string | RegExp): Promise<void> {
  const summary = page.locator('summary').filter({ hasText: 'Show the numbers as a table' });
  await summary.filter({ hasText: name }).click();
}

export async function openMenuIfNeeded(page: Page, target: Locator): Promise<void> {
  if (await target.isVisible()) return;
  const menu = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
}

export const signInPage = {
  async signIn(page: Page, url: string, who: { email: string; password: string }) {
    await page.goto(`${url}/sign-in`);
    await expectPage(page, 'Sign in to Waymark');
    await page.getByLabel('Email address').fill(who.email);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  },
};

export const signUpPage = {
  async open(page: Page, url: string) {
    await page.goto(`${url}/sign-up`);
    await expectPage(page, 'Create your Waymark account');
  },
  async createAccount(page: Page, person: Person) {
    await page.getByLabel('Your name').fill(person.name);
    await page.getByLabel('Email address').fill(person.email);
    await page.getByLabel('Password').fill(person.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await welcomePage.skip(page);
  },
};

/** The welcome a new person sees once, straight after creating their account. */
export const welcomePage = {
  async skip(page: Page) {
    await expectPage(page, 'Welcome to Waymark');
    await page.getByRole('link', { name: 'Not now: take me to my home page' }).click();
    await expectPage(page, 'My recovery');
  },
  async startWith(
    page: Page,
    start: 'What matters to me' | 'If things get hard' | 'A goal' | 'The parts of my life',
  ) {
    await expectPage(page, 'Welcome to Waymark');
    await page
      .getByRole('list', { name: 'Start anywhere' })
      .getByRole('link', { name: start })
      .click();
  },
};

export const aboutMePage = {
  field: (page: Page, label: string) => page.getByLabel(label, { exact: true }),
  async write(page: Page, words: Record<string, string>) {
    for (const [label, text] of Object.entries(words))
      await aboutMePage.field(page, label).fill(text);
  },
  async save(page: Page) {
    await page.getByRole('button', { name: 'Save', exact: true }).click();
  },
  savedStatus: (page: Page) => page.getByRole('status').filter({ hasText: /^Saved at \d\d:\d\d$/ }),
  conflictPanel: (page: Page) => page.getByRole('region', { name: 'This changed somewhere else' }),
};

export type NewGoal = {
  title: string;
  why: string;
  lifeArea: string;
  /** As typed in the three boxes: day, month and year. */
  targetDate: { day: string; month: string; year: string };
  status: string;
};

/** Types a date into a date field's three boxes (Day, Month, Year), named by its legend. */
export async function fillDate(
  page: Page,
  legend: string,
  date: { day: string; month: string; year: string },
) {
  const field = page.getByRole('group', { name: legend });
  await field.getByLabel('Day').fill(date.day);
  await field.getByLabel('Month').fill(date.month);
  await field.getByLabel('Year').fill(date.year);
}

export const goalForm = {
  async submit(page: Page) {
    await page.getByRole('button', { name: 'Save goal' }).click();
  },
  errorSummary: (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' }),
  async fill(page: Page, goal: NewGoal) {
    await page.getByLabel('What do you want to work towards?').fill(goal.title);
    await page.getByLabel('Why this matters to me (optional)').fill(goal.why);
    await page.getByLabel('Life area').selectOption({ label: goal.lifeArea });
    await fillDate(page, 'By when (optional)', goal.targetDate);
    await page.getByLabel(goal.status, { exact: true }).check();
  },
};

export const goalPage = {
  async addStep(page: Page, text: string) {
    await page.getByLabel('New step').fill(text);
    await page.getByRole('button', { name: 'Add a step' }).click();
    // The box is emptied in the same update that shows the new step.
    await goalPage.step(page, text).waitFor();
  },
  step: (page: Page, text: string) => page.getByRole('checkbox', { name: new RegExp(`^${text}`) }),
  steps: (page: Page) => page.getByRole('list', { name: 'Steps' }).getByRole('checkbox'),
};
