// Passkeys in a real browser (decision 0041), with Chromium's virtual authenticator (DevTools
// protocol WebAuthn.addVirtualAuthenticator: CTAP2, built in, with user verification), so the
// browser, the page's own navigator.credentials calls and the server all run for real. The demo
// practitioner adds a passkey in Settings, signs out, signs in with the password and then the
// passkey, and opens the record Sam shares with her; a new person does the same with their own
// account. WebAuthn needs a name, not an address, so the pages are opened at localhost (the
// server allows its own names without PUBLIC_URL). axe-core checks each new state.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRACTITIONER_TOTP_SECRET } from '../src/server/features/demo/demo.ts';
import { expectPage, openMenuIfNeeded, person, signInPage, signUpPage } from './pages.ts';
import {
  expectAccessible,
  hasBrowser,
  launchBrowser,
  type RunningServer,
  startServer,
  watchForProblems,
} from './support.ts';
import { freshTotpCode } from './walk.ts';

const STEP_TIMEOUT = 240_000;
const PRIYA = { email: 'priya@demo.waymark.invalid', password: 'demo-practitioner-priya-2026' };

/** A built-in authenticator with user verification, like a phone's or a laptop's. */
async function virtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    async credentials() {
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      return credentials;
    },
  };
}

async function addPasskeyInSettings(page: Page, url: string, name: string) {
  await page.goto(`${url}/settings`);
  await expectPage(page, 'Settings');
  const part = page.getByRole('region', { name: 'Passkeys' });
  await part.getByText('You have not added a passkey.').waitFor();
  await expectAccessible(page, 'Settings with no passkey');
  await part.getByRole('textbox', { name: 'Name for this passkey' }).fill(name);
  await part.getByRole('button', { name: 'Add a passkey' }).click();
  await part.getByText(`The passkey ${name} is added.`).waitFor();
  await part.getByRole('heading', { name, level: 4 }).waitFor();
  expect(await part.getByText('Not used yet').count()).toBe(1);
  await expectAccessible(page, 'Settings with a passkey');
}

async function signOut(page: Page) {
  const button = page.getByRole('button', { name: 'Sign out', exact: true });
  await openMenuIfNeeded(page, button);
  await button.click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

async function passkeyStep(page: Page) {
  await expectPage(page, 'Show it is you');
  await expectAccessible(page, 'the second step with a passkey');
  await page.getByRole('button', { name: 'Use a passkey' }).click();
}

describe.skipIf(!hasBrowser)('Passkeys', { timeout: STEP_TIMEOUT }, () => {
  let server: RunningServer;
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    server = await startServer({ DEMO_DATA: 'true' });
    // WebAuthn refuses an IP address as the site: the server's own name instead.
    url = server.url.replace('127.0.0.1', 'localhost');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets the practitioner add a passkey, then sign in with the password and the passkey and open Sam’s record', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const problems = watchForProblems(page);
      const authenticator = await virtualAuthenticator(context, page);

      await signInPage.signIn(page, url, PRIYA);
      await expectPage(page, 'Enter the code from your app');
      await page
        .getByLabel('Code', { exact: true })
        .fill(await freshTotpCode(DEMO_PRACTITIONER_TOTP_SECRET));
      await page.getByRole('button', { name: 'Continue' }).click();
      await expectPage(page, 'People I support');

      await addPasskeyInSettings(page, url, 'Work laptop');
      expect(await authenticator.credentials()).toHaveLength(1);
      await signOut(page);

      await signInPage.signIn(page, url, PRIYA);
      // Both ways are offered: the passkey first, the app's code below it.
      await passkeyStep(page);
      await expectPage(page, 'People I support');
      await page.getByRole('link', { name: /^Open Sam/ }).click();
      await expectPage(page, /^Sam.*’s record$/);
      expect(await page.getByRole('heading', { name: 'Page not found' }).count()).toBe(0);

      await page.goto(`${url}/settings`);
      const part = page.getByRole('region', { name: 'Passkeys' });
      await part.getByRole('heading', { name: 'Work laptop', level: 4 }).waitFor();
      await part.getByText(/^Last used /).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets a person add a passkey and sign in with it after their password', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const problems = watchForProblems(page);
      await virtualAuthenticator(context, page);
      const sam = person('Ria');
      await signUpPage.open(page, url);
      await signUpPage.createAccount(page, sam);

      await addPasskeyInSettings(page, url, 'My phone');
      await signOut(page);

      await signInPage.signIn(page, url, sam);
      await passkeyStep(page);
      await expectPage(page, 'My recovery');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
