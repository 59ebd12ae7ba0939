import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app-harness.ts';
import { DIALECTS } from '../test/dialects.ts';

describe.each(DIALECTS)('Serving the web app on %s', (dialect) => {
  let t: TestApp;
  let root: string;
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-web-'));
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(
      path.join(root, 'index.html'),
      '<!doctype html><html><head><title>Waymark</title></head><body></body></html>',
    );
    fs.writeFileSync(path.join(root, 'assets', 'app-123.js'), 'console.log(1)');
    t = await startTestApp(
      dialect,
      { QUICK_EXIT_URL: 'https://example.org/news?a=1&b="2"', CRISIS_LINES_COUNTRY: 'wales' },
      { webRoot: root },
    );
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('answers any page of the app with index.html, not cached', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/goals/3f1c' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Waymark</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('puts the quick-exit address and the crisis lines’ country into every answer of the page, so no extra request is needed', async () => {
    const meta =
      '<meta name="waymark-quick-exit" content="https://example.org/news?a=1&amp;b=%222%22" />' +
      '<meta name="waymark-crisis-lines" content="wales" />';
    for (const url of ['/', '/sign-in', '/journal/3f1c', '/emergency/abc']) {
      const page = await t.app.inject({ method: 'GET', url });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain(`<head>${meta}<title>Waymark</title>`);
    }
  });

  it('serves hashed assets to be cached for a year', async () => {
    const asset = await t.app.inject({ method: 'GET', url: '/assets/app-123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('answers an unknown API path with the JSON 404, never the page', async () => {
    for (const url of ['/api/nothing-here', '/api/people', '/%61pi/nothing']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('WM_NOT_FOUND');
    }
  });

  it('never serves files from outside the app folder, and copes with broken escapes', async () => {
    for (const url of ['/../package.json', '/..%2f..%2fpackage.json', '/%E0%A4%A']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.body).not.toContain('"dependencies"');
      expect(response.statusCode).toBeLessThan(500);
    }
  });
});
