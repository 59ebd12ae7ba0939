import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';

describe.each(DIALECTS)('The installation’s crisis lines on %s', (dialect) => {
  let scotland: TestApp;
  let unset: TestApp;
  beforeAll(async () => {
    scotland = await startTestApp(dialect, { CRISIS_LINES_COUNTRY: 'scotland' });
    unset = await startTestApp(dialect);
  });
  afterAll(async () => {
    await scotland.close();
    await unset.close();
  });

  it('answers anyone, signed out too, with the lines of the country in CRISIS_LINES_COUNTRY', async () => {
    const response = await scotland.app.inject({ method: 'GET', url: '/api/crisis-lines' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      country: 'scotland',
      danger: { number: '999', href: 'tel:999', messageKey: 'crisis.danger' },
      lines: [
        {
          id: 'nhs-24',
          kind: 'call',
          number: '111',
          href: 'tel:111',
          nameKey: 'crisisLine.nhs24.name',
          detailKey: 'crisisLine.nhs24.detail',
        },
        {
          id: 'breathing-space',
          kind: 'call',
          number: '0800 83 85 87',
          href: 'tel:0800838587',
          nameKey: 'crisisLine.breathingSpace.name',
          detailKey: 'crisisLine.breathingSpace.detail',
        },
        {
          id: 'samaritans',
          kind: 'call',
          number: '116 123',
          href: 'tel:116123',
          nameKey: 'crisisLine.samaritans.name',
          detailKey: 'crisisLine.samaritans.detail',
        },
        {
          id: 'shout',
          kind: 'text',
          number: '85258',
          word: 'SHOUT',
          href: 'sms:85258?&body=SHOUT',
          nameKey: 'crisisLine.shout.name',
          detailKey: 'crisisLine.shout.detail',
        },
      ],
    });
  });

  it('shows England’s lines when CRISIS_LINES_COUNTRY is not set', async () => {
    const response = await unset.app.inject({ method: 'GET', url: '/api/crisis-lines' });
    expect(response.statusCode).toBe(200);
    expect(response.json().country).toBe('england');
    expect(response.json().lines.map((line: { href: string }) => line.href)).toEqual([
      'tel:111',
      'tel:116123',
      'sms:85258?&body=SHOUT',
    ]);
  });
});
