import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

// PostgreSQL also needs journal keys (a variable the other checks ignore).
const JOURNAL_KEYS = `k1:${Buffer.alloc(32, 7).toString('base64')}`;

function problemWith(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

describe('Configuration', () => {
  it('starts with safe defaults when nothing is set', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      host: 'localhost',
      database: { dialect: 'sqlite', file: path.resolve('data', 'waymark.db') },
      session: { idleMinutes: 30, absoluteHours: 12 },
      cookieSecure: 'auto',
      trustProxy: false,
      demoData: true,
      logLevel: 'info',
      publicUrl: { origin: 'http://localhost:3000', host: 'localhost:3000', local: true },
      signIn: {
        freeFailuresPerAccount: 5,
        freeFailuresPerAddress: 20,
        maxDelaySeconds: 300,
        knownDeviceDays: 30,
      },
      writesPerMinute: 120,
    });
  });

  it('reads every setting, treating an empty value as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://waymark@db/waymark',
      JOURNAL_KEYS,
      SESSION_IDLE_MINUTES: '15',
      SESSION_ABSOLUTE_HOURS: '8',
      COOKIE_SECURE: 'always',
      TRUST_PROXY: '1',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'https://waymark.example.org',
      SIGN_IN_FREE_FAILURES_PER_ACCOUNT: '3',
      SIGN_IN_FREE_FAILURES_PER_ADDRESS: '50',
      SIGN_IN_MAX_DELAY_SECONDS: '600',
      KNOWN_DEVICE_DAYS: '14',
      WRITES_PER_MINUTE: '60',
      DEMO_DATA: '',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      database: { dialect: 'postgres', url: 'postgres://waymark@db/waymark' },
      session: { idleMinutes: 15, absoluteHours: 8 },
      cookieSecure: 'always',
      trustProxy: true,
      demoData: false, // never demo people in a shared database unless asked
      logLevel: 'warn',
      publicUrl: {
        origin: 'https://waymark.example.org',
        host: 'waymark.example.org',
        local: false,
      },
      signIn: {
        freeFailuresPerAccount: 3,
        freeFailuresPerAddress: 50,
        maxDelaySeconds: 600,
        knownDeviceDays: 14,
      },
      writesPerMinute: 60,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '0'],
    ['PORT', '-1'],
    ['PORT', '3000.5'],
    ['DATABASE_URL', 'mysql://x'],
    ['REPORTS_DATABASE_URL', 'mysql://x'],
    ['COOKIE_SECURE', 'maybe'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['SESSION_IDLE_MINUTES', '1441'],
    ['SESSION_ABSOLUTE_HOURS', '0'],
    ['TRUST_PROXY', 'yes'],
    ['DEMO_DATA', 'maybe'],
    ['LOG_LEVEL', 'loud'],
    ['SIGN_IN_FREE_FAILURES_PER_ACCOUNT', '0'],
    ['SIGN_IN_MAX_DELAY_SECONDS', 'soon'],
    ['WRITES_PER_MINUTE', '0'],
    ['PUBLIC_URL', 'waymark.example.org'],
    ['PUBLIC_URL', 'ftp://waymark.example.org'],
    ['PUBLIC_URL', 'https://waymark.example.org/waymark'],
    ['PUBLIC_URL', 'https://user:secret@waymark.example.org'],
  ])('refuses %s=%s with a message that names the variable', (name, value) => {
    const error = problemWith({ [name]: value });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toContain(name);
    expect(error.message).toContain(name);
  });

  it('keeps the port of PUBLIC_URL, and drops a trailing slash', () => {
    expect(loadConfig({ PUBLIC_URL: 'http://waymark.lan:8080/' }).publicUrl).toEqual({
      origin: 'http://waymark.lan:8080',
      host: 'waymark.lan:8080',
      local: false,
    });
  });

  it('refuses the replaced LOGIN_ATTEMPTS_PER_15_MINUTES, naming what to set instead', () => {
    const error = problemWith({ LOGIN_ATTEMPTS_PER_15_MINUTES: '10' });
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain('SIGN_IN_FREE_FAILURES_PER_ACCOUNT');
  });

  it('reports every bad value at once', () => {
    const error = problemWith({ PORT: 'abc', COOKIE_SECURE: 'maybe', SESSION_IDLE_MINUTES: '0' });
    expect(error.problems.map((p) => p.split(' ')[0])).toEqual([
      'PORT',
      'SESSION_IDLE_MINUTES',
      'COOKIE_SECURE',
    ]);
  });

  it('never repeats a database password in its message', () => {
    const error = problemWith({ DATABASE_URL: 'mysql://waymark:hunter2-secret@db/waymark' });
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).not.toContain('hunter2-secret');
  });

  it('reads reports from the main database unless REPORTS_DATABASE_URL names a replica', () => {
    const primary = 'postgres://waymark@db/waymark';
    expect(loadConfig({ DATABASE_URL: primary, JOURNAL_KEYS }).reportsDatabase).toBeNull();
    expect(loadConfig({}).reportsDatabase).toBeNull();
    const config = loadConfig({
      DATABASE_URL: primary,
      REPORTS_DATABASE_URL: 'postgresql://reports@replica:5433/waymark',
      JOURNAL_KEYS,
    });
    expect(config.reportsDatabase).toEqual({ url: 'postgresql://reports@replica:5433/waymark' });
    expect(config.database).toEqual({ dialect: 'postgres', url: primary });
  });

  it('refuses a reports replica beside SQLite, which has none', () => {
    const error = problemWith({ REPORTS_DATABASE_URL: 'postgres://reports@replica/waymark' });
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain('REPORTS_DATABASE_URL needs DATABASE_URL');
  });

  it('never repeats the reports database password in its message', () => {
    const error = problemWith({
      DATABASE_URL: 'postgres://waymark@db/waymark',
      REPORTS_DATABASE_URL: 'mysql://reports:hunter2-replica@replica/waymark',
      JOURNAL_KEYS,
    });
    expect(error.message).toContain('REPORTS_DATABASE_URL');
    expect(error.message).not.toContain('hunter2-replica');
    const beside = problemWith({ REPORTS_DATABASE_URL: 'postgres://reports:hunter2-replica@r/w' });
    expect(beside.message).not.toContain('hunter2-replica');
  });

  it('sends no email without SMTP_HOST, and reads the mail server settings when it is set', () => {
    expect(loadConfig({}).smtp).toBeNull();
    expect(
      loadConfig({
        SMTP_HOST: 'mail.example.org',
        SMTP_USER: 'waymark',
        SMTP_PASSWORD: 'relay-secret',
        PUBLIC_URL: 'https://waymark.example.org',
      }).smtp,
    ).toEqual({
      host: 'mail.example.org',
      port: 587,
      tls: 'starttls',
      user: 'waymark',
      password: 'relay-secret',
      from: 'no-reply@waymark.example.org',
    });
    expect(loadConfig({ SMTP_HOST: 'mail.example.org', SMTP_TLS: 'implicit' }).smtp?.port).toBe(
      465,
    );
  });

  it('refuses mail settings that would send a password in the clear or make no sense, never quoting it', () => {
    const plain = problemWith({ SMTP_HOST: 'mail.example.org', SMTP_TLS: 'none' });
    expect(plain.problems[0]).toContain('SMTP_TLS=none');
    expect(problemWith({ SMTP_PORT: '25' }).problems[0]).toContain('SMTP_HOST must be set');
    const half = problemWith({ SMTP_HOST: 'mail.example.org', SMTP_PASSWORD: 'relay-secret' });
    expect(half.problems[0]).toContain('SMTP_USER and SMTP_PASSWORD');
    expect(half.message).not.toContain('relay-secret');
    expect(problemWith({ SMTP_TLS: 'ssl' }).problems[0]).toContain('SMTP_TLS');
    expect(loadConfig({ SMTP_HOST: '127.0.0.1', SMTP_TLS: 'none' }).smtp?.tls).toBe('none');
  });

  it('gives each person 50 MB for files unless STORAGE_QUOTA_MB says otherwise', () => {
    expect(loadConfig({}).storageQuotaBytes).toBe(50 * 1024 * 1024);
    expect(loadConfig({ STORAGE_QUOTA_MB: '200' }).storageQuotaBytes).toBe(200 * 1024 * 1024);
    for (const value of ['0', '-5', '2.5', 'lots']) {
      expect(problemWith({ STORAGE_QUOTA_MB: value }).problems[0]).toContain('STORAGE_QUOTA_MB');
    }
  });

  it('shows the crisis lines of England unless CRISIS_LINES_COUNTRY names another nation', () => {
    expect(loadConfig({}).crisisLinesCountry).toBe('england');
    for (const country of ['england', 'wales', 'scotland', 'northern-ireland'])
      expect(loadConfig({ CRISIS_LINES_COUNTRY: country }).crisisLinesCountry).toBe(country);
    for (const value of ['Scotland', 'uk', 'ireland', 'GB-SCT']) {
      const problems = problemWith({ CRISIS_LINES_COUNTRY: value }).problems;
      expect(problems).toEqual([
        `CRISIS_LINES_COUNTRY must be one of england, wales, scotland, northern-ireland (got "${value}")`,
      ]);
    }
  });

  it('sends quick exit to a neutral https site, BBC Weather unless QUICK_EXIT_URL says otherwise', () => {
    expect(loadConfig({}).quickExitUrl).toBe('https://www.bbc.co.uk/weather');
    expect(loadConfig({ QUICK_EXIT_URL: 'https://www.google.com' }).quickExitUrl).toBe(
      'https://www.google.com/',
    );
    // Plain http only to this machine, for a test's own neutral page.
    expect(loadConfig({ QUICK_EXIT_URL: 'http://127.0.0.1:4567/' }).quickExitUrl).toBe(
      'http://127.0.0.1:4567/',
    );
    for (const value of [
      'www.bbc.co.uk',
      'http://www.bbc.co.uk/weather',
      'javascript:alert(1)',
      'data:text/html,hello',
      'https://user:secret@example.org/',
      '/sign-in',
    ]) {
      const problems = problemWith({ QUICK_EXIT_URL: value }).problems;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain('QUICK_EXIT_URL must be a full https:// address');
    }
  });
});
