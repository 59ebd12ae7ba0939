// Download my record in a real browser against a real server, as the demo person whose record
// is full: from Settings to the download page, the FHIR file saved (a Bundle naming Sam), and the
// readable copy, printed to an A4 PDF of several pages with no navigation on paper. axe-core on
// both pages is the every-page walk's.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPage } from './pages.ts';
import { hasBrowser, launchBrowser, type RunningServer, startServer } from './support.ts';

const STEP_TIMEOUT = 240_000;

describe.skipIf(!hasBrowser)('Download my record', { timeout: STEP_TIMEOUT }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startServer({ DEMO_DATA: 'true' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('saves the FHIR file and prints the readable copy of the demo person', async () => {
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await expectPage(page, 'Sign in to Waymark');
    await page.getByLabel('Email address').fill('sam@demo.waymark.invalid');
    await page.getByLabel('Password').fill('demo-person-sam-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectPage(page, 'My recovery');

    await page.goto(`${server.url}/settings`);
    await expectPage(page, 'Settings');
    await page.getByRole('link', { name: 'Download my record' }).click();
    await expectPage(page, 'Download my record');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^waymark-record-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const bundle = JSON.parse(await readFile(path, 'utf8'));
    expect(bundle.resourceType).toBe('Bundle');
    const patient = bundle.entry.find(
      (entry: { resource: { resourceType: string } }) => entry.resource.resourceType === 'Patient',
    );
    expect(patient.resource.name[0].text).toBe('Sam Okafor');

    await page.getByRole('link', { name: 'Open the copy to read and print' }).click();
    await expectPage(page, 'My Waymark record');
    await page.getByText(/The record of Sam Okafor/).waitFor();
    await page.getByRole('heading', { name: 'Get back to my allotment twice a week' }).waitFor();

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Print this copy' }).isVisible()).resolves.toBe(
      false,
    );
    await expect(page.getByText(/The record of Sam Okafor/).isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    // A page for the start and one at least for each of the record's sections.
    expect(pages.length).toBeGreaterThan(5);
    await page.emulateMedia({ media: 'screen' });
  });
});
