// Answers are compressed for slow networks when the browser accepts it: brotli first, then gzip.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signUp, startTestApp, type TestApp } from '../test/app-harness.ts';
import { DIALECTS } from '../test/dialects.ts';

describe.each(DIALECTS)('Compressed answers on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let root: string;
  const script = `// app\n${'console.log("a line of the app");\n'.repeat(200)}`;
  const builtBrotli = zlib.brotliCompressSync(script, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
  });
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-web-'));
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Waymark</title>');
    fs.writeFileSync(path.join(root, 'assets', 'app-123.js'), script);
    // As the build leaves it (scripts/precompress.ts): compressed once, beside the file.
    fs.writeFileSync(path.join(root, 'assets', 'built-456.js'), script);
    fs.writeFileSync(path.join(root, 'assets', 'built-456.js.br'), builtBrotli);
    t = await startTestApp(dialect, {}, { webRoot: root });
    sam = await signUp(t.app);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const getPhq9 = (acceptEncoding?: string) =>
    sam.request({
      method: 'GET',
      url: '/api/measures/phq-9',
      headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    });

  it('sends a large API answer with brotli when the browser accepts it, a fraction of the size', async () => {
    const plain = await getPhq9();
    const compressed = await getPhq9('gzip, deflate, br');
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers.vary).toMatch(/accept-encoding/i);
    const body = zlib.brotliDecompressSync(compressed.rawPayload).toString('utf8');
    expect(JSON.parse(body)).toEqual(plain.json());
    expect(compressed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    // Still a private answer: compression does not change how it may be kept.
    expect(compressed.headers['cache-control']).toBe('no-store');
  });

  it('falls back to gzip, and sends it plain to a client that asks for nothing', async () => {
    const gzipped = await getPhq9('gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(gzipped.rawPayload).toString('utf8')).id).toBe('phq-9');
    const plain = await getPhq9();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.json().id).toBe('phq-9');
  });

  it('compresses the app’s JavaScript', async () => {
    const asset = await t.app.inject({
      method: 'GET',
      url: '/assets/app-123.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(asset.rawPayload).toString('utf8')).toBe(script);
  });

  it('sends the file the build compressed, as it is, instead of compressing again', async () => {
    const asset = await t.app.inject({
      method: 'GET',
      url: '/assets/built-456.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.rawPayload.equals(builtBrotli)).toBe(true);
    expect(asset.headers['cache-control']).toContain('immutable');
    const plain = await t.app.inject({ method: 'GET', url: '/assets/built-456.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });
});
