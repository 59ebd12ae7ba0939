// A service admin adds a questionnaire to the service's library in a real browser (issue 14,
// decision 0042): a file with a problem is refused in plain words and adds nothing; a sound file
// is previewed as a person would see it and then added. axe checks each state of the page.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInMeasure } from '../src/domain/measures/built-in.ts';
import { expectPage } from './pages.ts';
import {
  expectAccessible,
  hasBrowser,
  launchBrowser,
  type RunningServer,
  startServer,
} from './support.ts';
import { freshTotpCode } from './walk.ts';

const STEP_TIMEOUT = 240_000;
const PASSWORD = 'apple kettle river lamp';

describe.skipIf(!hasBrowser)(
  'A service’s measure library in the browser',
  { timeout: STEP_TIMEOUT },
  () => {
    let server: RunningServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let files: string;

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser();
      context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      page = await context.newPage();
      files = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-library-'));
    });

    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await server?.stop();
      if (files) fs.rmSync(files, { recursive: true, force: true });
    });

    const write = (name: string, content: unknown) => {
      const file = path.join(files, name);
      fs.writeFileSync(file, JSON.stringify(content));
      return file;
    };

    it('refuses a file with a problem in plain words, then previews and adds a sound one', async () => {
      // The operator makes the service; its admin sets up their account through the link.
      const cli = path.resolve(import.meta.dirname, '../src/server/cli.ts');
      const args = ['service', 'create', '--name', 'Hillside', '--admin-email', 'kim@example.org'];
      const { stdout } = await promisify(execFile)(process.execPath, [cli, ...args], {
        env: { ...process.env, DATA_DIR: server.dataDir },
      });
      const token = stdout.match(/\/set-up\/(\S+)/)?.[1];
      if (!token) throw new Error(`No set-up link in: ${stdout}`);
      // Through the API as the set-up page does, then two-step sign-in on, as staff must first
      // (decision 0039); the browser context keeps the session.
      const setUp = await context.request.post(`${server.url}/api/set-up`, {
        data: { token, password: PASSWORD },
      });
      if (!setUp.ok()) throw new Error(`Setting up answered ${setUp.status()}`);
      const { csrfToken } = (await setUp.json()) as { csrfToken: string };
      const headers = { 'x-csrf-token': csrfToken };
      const started = await context.request.post(`${server.url}/api/account/second-factor/totp`, {
        headers,
      });
      const { secret } = (await started.json()) as { secret: string };
      const confirmed = await context.request.post(
        `${server.url}/api/account/second-factor/totp/confirm`,
        { headers, data: { code: await freshTotpCode(secret) } },
      );
      if (!confirmed.ok()) throw new Error(`Two-step set-up answered ${confirmed.status()}`);
      await page.goto(server.url);
      await expectPage(page, 'Your service');
      await page.getByRole('main').getByRole('link', { name: 'Measures' }).click();
      await expectPage(page, 'Measures');
      await expect.poll(() => page.getByText('Comes with Waymark').count()).toBeGreaterThan(0);
      await expectAccessible(page, 'the measure library');

      const sound = {
        ...builtInMeasure('gad-7'),
        id: 'worry-check',
        url: 'https://example.org/fhir/Questionnaire/worry-check',
        version: '1.0',
        title: 'Worry check',
      };
      const broken = { ...sound, item: [{ linkId: 'w1', type: 'choice', text: 'How often?' }] };
      await page.getByLabel('Questionnaire file').setInputFiles(write('broken.json', broken));
      await expectHeading(page, 'We cannot add this questionnaire');
      await expect
        .poll(() => page.getByText(/needs at least one answerOption/).count())
        .toBeGreaterThan(0);
      expect(await page.getByRole('button', { name: 'Add to our library' }).count()).toBe(0);
      await expectAccessible(page, 'an upload with a problem');

      await page.getByLabel('Questionnaire file').setInputFiles(write('worry.json', sound));
      await expectHeading(page, 'This questionnaire passed every check');
      const preview = page.getByRole('region', { name: 'What it is' });
      await expect.poll(() => preview.getByRole('radio').count()).toBeGreaterThan(20);
      await expectAccessible(page, 'the preview of a sound upload');
      await page.getByRole('button', { name: 'Add to our library' }).click();
      await expect
        .poll(() => page.getByText('Worry check is in your library now.').count())
        .toBe(1);
      await expect
        .poll(() => page.getByRole('checkbox', { name: /Offer Worry check/ }).isChecked())
        .toBe(true);
      await expectAccessible(page, 'the library with the upload added');
    });
  },
);

async function expectHeading(page: Page, name: string) {
  await page.getByRole('heading', { name }).waitFor();
}
