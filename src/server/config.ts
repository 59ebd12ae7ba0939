// Configuration comes from environment variables, validated once at start-up so a bad value
// stops the server with a message that says which variable is wrong and why.
import path from 'node:path';
import { z } from 'zod';
import {
  CRISIS_COUNTRIES,
  type CrisisCountry,
  DEFAULT_CRISIS_COUNTRY,
} from '../domain/crisis/countries.ts';
import type { DatabaseConfig } from './store/db.ts';

const boolean = (name: string) =>
  z
    .enum(['true', 'false', '1', '0'], { error: () => `${name} must be true or false` })
    .transform((v) => v === 'true' || v === '1');

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: () => `${name} must be a whole number` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, {
      error: () => `${name} must be between ${min} and ${max}`,
    });

/** Where "Exit this page" goes when QUICK_EXIT_URL is not set: a busy, everyday site. */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';

const envSchema = z.object({
  PORT: wholeNumber('PORT', 1, 65_535).default(3000),
  HOST: z
    .string()
    .min(1, { error: () => 'HOST must not be empty' })
    .default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, {
      error: () => 'DATABASE_URL must start with postgres:// or postgresql://',
    })
    .optional(),
  REPORTS_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, {
      error: () => 'REPORTS_DATABASE_URL must start with postgres:// or postgresql://',
    })
    .optional(),
  DATA_DIR: z.string().min(1).default('data'),
  SESSION_IDLE_MINUTES: wholeNumber('SESSION_IDLE_MINUTES', 1, 24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: wholeNumber('SESSION_ABSOLUTE_HOURS', 1, 24 * 7).default(12),
  COOKIE_SECURE: z
    .enum(['auto', 'always', 'never'], {
      error: () => 'COOKIE_SECURE must be auto, always or never',
    })
    .default('auto'),
  TRUST_PROXY: boolean('TRUST_PROXY').default(false),
  DEMO_DATA: boolean('DEMO_DATA').optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: () => 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  PUBLIC_URL: z
    .string()
    .refine(isPublicUrl, {
      error: () =>
        'PUBLIC_URL must be the address people open, like https://waymark.example.org (no path)',
    })
    .optional(),
  SIGN_IN_FREE_FAILURES_PER_ACCOUNT: wholeNumber(
    'SIGN_IN_FREE_FAILURES_PER_ACCOUNT',
    1,
    1000,
  ).default(5),
  SIGN_IN_FREE_FAILURES_PER_ADDRESS: wholeNumber(
    'SIGN_IN_FREE_FAILURES_PER_ADDRESS',
    1,
    100_000,
  ).default(20),
  SIGN_IN_MAX_DELAY_SECONDS: wholeNumber('SIGN_IN_MAX_DELAY_SECONDS', 1, 24 * 3600).default(300),
  KNOWN_DEVICE_DAYS: wholeNumber('KNOWN_DEVICE_DAYS', 1, 400).default(30),
  WRITES_PER_MINUTE: wholeNumber('WRITES_PER_MINUTE', 1, 1_000_000).default(120),
  STORAGE_QUOTA_MB: wholeNumber('STORAGE_QUOTA_MB', 1, 1_000_000).default(50),
  QUICK_EXIT_URL: z
    .string()
    .refine(isQuickExitUrl, {
      error: () =>
        'QUICK_EXIT_URL must be a full https:// address of a neutral site, like https://www.bbc.co.uk/weather',
    })
    .default(DEFAULT_QUICK_EXIT_URL),
  CRISIS_LINES_COUNTRY: z
    .enum(CRISIS_COUNTRIES, {
      error: () => `CRISIS_LINES_COUNTRY must be one of ${CRISIS_COUNTRIES.join(', ')}`,
    })
    .default(DEFAULT_CRISIS_COUNTRY),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: wholeNumber('SMTP_PORT', 1, 65_535).optional(),
  SMTP_TLS: z
    .enum(['implicit', 'starttls', 'none'], {
      error: () => 'SMTP_TLS must be implicit (port 465), starttls or none (this machine only)',
    })
    .default('starttls'),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  SMTP_FROM: z
    .string()
    .regex(/^[^\r\n]+@[^\r\n]+$/, { error: () => 'SMTP_FROM must be an email address' })
    .optional(),
});

function isPublicUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    !url.username &&
    !url.password &&
    url.pathname === '/' &&
    !url.search &&
    !url.hash
  );
}

/**
 * A neutral site must be https (no warning page, nothing on the wire that shows where the
 * person was) and carry no user name or password. Plain http is allowed only to this machine,
 * so a test can serve its own neutral page without any outside network.
 */
function isQuickExitUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return url.hostname !== '';
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** Settings that were replaced, with what to set instead; an old one left set stops the start. */
const REPLACED_VARIABLES: Record<string, string> = {
  LOGIN_ATTEMPTS_PER_15_MINUTES:
    'LOGIN_ATTEMPTS_PER_15_MINUTES was replaced: sign-in now waits longer after each failure instead of locking. Set SIGN_IN_FREE_FAILURES_PER_ACCOUNT (default 5) instead, and remove it',
};

/** Values quoted back in a problem to help, except these: they may hold a password. */
const SECRET_VARIABLES = new Set(['DATABASE_URL', 'REPORTS_DATABASE_URL', 'SMTP_PASSWORD']);

export type Config = {
  port: number;
  host: string;
  database: DatabaseConfig;
  /**
   * Where service outcome reports read (issue 16, docs/scaling.md): a PostgreSQL streaming
   * replica, read only. Null: reports read the main database.
   */
  reportsDatabase: { url: string } | null;
  session: { idleMinutes: number; absoluteHours: number };
  cookieSecure: 'auto' | 'always' | 'never';
  trustProxy: boolean;
  demoData: boolean;
  logLevel: string;
  /**
   * The address people open. `local` when PUBLIC_URL is not set: then only this machine's own
   * names (localhost, 127.0.0.1, [::1] and HOST) are served, on any port.
   */
  publicUrl: { origin: string; host: string; local: boolean };
  /** Growing waits after failed sign-ins, per account and per address (decision 0007). */
  signIn: {
    freeFailuresPerAccount: number;
    freeFailuresPerAddress: number;
    maxDelaySeconds: number;
    knownDeviceDays: number;
  };
  writesPerMinute: number;
  /** How many bytes of files one person may keep (deleted ones count until purged). */
  storageQuotaBytes: number;
  /** The neutral site "Exit this page" and Shift pressed three times go to (decision 0019). */
  quickExitUrl: string;
  /** Whose crisis lines every page shows (domain/crisis/crisis-line-presets.ts, decision 0034). */
  crisisLinesCountry: CrisisCountry;
  /** Keys for journal text; null means "use the development key file" (SQLite only). */
  journal: { keys: JournalKey[] | null; keyFile: string };
  /** Where notification emails go out; null: they are written to the log instead. */
  smtp: SmtpConfig | null;
};

export type SmtpConfig = {
  host: string;
  port: number;
  /** implicit: TLS from the start (465); starttls: TLS required before sending; none: plain. */
  tls: 'implicit' | 'starttls' | 'none';
  user: string | null;
  password: string | null;
  from: string;
};

/** A 256-bit AES key and the id stored beside everything it encrypts. */
export type JournalKey = { id: string; key: Buffer };

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Reads `id:base64key,id:base64key` (the first is the one new text is encrypted with).
 * Problems never quote the value: it is a secret.
 */
export function parseJournalKeys(value: string, name = 'JOURNAL_KEYS'): JournalKey[] | string {
  const keys: JournalKey[] = [];
  for (const [index, entry] of value.split(',').entries()) {
    const [id = '', material = '', ...rest] = entry.trim().split(':');
    if (!KEY_ID.test(id) || !BASE64.test(material) || rest.length > 0)
      return `${name} entry ${index + 1} must look like k1:<base64 of 32 random bytes>`;
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32)
      return `${name} key "${id}" must be 32 bytes (256 bits) in base64; it is ${key.length} bytes`;
    if (keys.some((known) => known.id === id)) return `${name} names key "${id}" more than once`;
    keys.push({ id, key });
  }
  return keys;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `Waymark cannot start because of its configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(present);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        if (SECRET_VARIABLES.has(name)) return issue.message;
        return `${issue.message} (got ${JSON.stringify(env[name])})`;
      });
  // Parsed apart from the others so that a problem is reported without echoing the secret.
  const journalKeys = present.JOURNAL_KEYS ? parseJournalKeys(present.JOURNAL_KEYS) : null;
  if (typeof journalKeys === 'string') problems.push(journalKeys);
  for (const [name, instead] of Object.entries(REPLACED_VARIABLES))
    if (present[name] !== undefined) problems.push(instead);
  if (parsed.success) problems.push(...smtpProblems(parsed.data), ...reportsProblems(parsed.data));
  if (problems.length > 0) throw new ConfigError(problems);
  if (!parsed.success || typeof journalKeys === 'string') throw new ConfigError(problems);
  const e = parsed.data;
  const database: DatabaseConfig = e.DATABASE_URL
    ? { dialect: 'postgres', url: e.DATABASE_URL }
    : { dialect: 'sqlite', file: path.resolve(e.DATA_DIR, 'waymark.db') };
  // A generated key file is for trying Waymark on one machine; a shared database needs keys
  // that whoever runs it manages and backs up.
  if (!journalKeys && (database.dialect === 'postgres' || present.NODE_ENV === 'production')) {
    throw new ConfigError([
      'JOURNAL_KEYS must be set with PostgreSQL or NODE_ENV=production, as k1:<base64 of 32 random bytes>. ' +
        'Make a key with: openssl rand -base64 32',
    ]);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    reportsDatabase: e.REPORTS_DATABASE_URL ? { url: e.REPORTS_DATABASE_URL } : null,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    // Demo people are for trying Waymark on your own machine, never a shared database.
    demoData: e.DEMO_DATA ?? database.dialect === 'sqlite',
    logLevel: e.LOG_LEVEL,
    publicUrl: publicUrlOf(e.PUBLIC_URL, e.PORT),
    signIn: {
      freeFailuresPerAccount: e.SIGN_IN_FREE_FAILURES_PER_ACCOUNT,
      freeFailuresPerAddress: e.SIGN_IN_FREE_FAILURES_PER_ADDRESS,
      maxDelaySeconds: e.SIGN_IN_MAX_DELAY_SECONDS,
      knownDeviceDays: e.KNOWN_DEVICE_DAYS,
    },
    writesPerMinute: e.WRITES_PER_MINUTE,
    storageQuotaBytes: e.STORAGE_QUOTA_MB * 1024 * 1024,
    quickExitUrl: new URL(e.QUICK_EXIT_URL).href,
    crisisLinesCountry: e.CRISIS_LINES_COUNTRY,
    journal: { keys: journalKeys, keyFile: path.resolve(e.DATA_DIR, 'journal.key') },
    smtp: smtpOf(e, publicUrlOf(e.PUBLIC_URL, e.PORT).host),
  };
}

type Env = z.infer<typeof envSchema>;

function smtpProblems(e: Env): string[] {
  const problems: string[] = [];
  const rest = [e.SMTP_PORT, e.SMTP_USER, e.SMTP_PASSWORD, e.SMTP_FROM];
  if (!e.SMTP_HOST && rest.some((v) => v !== undefined))
    problems.push('SMTP_HOST must be set when any other SMTP_ setting is');
  if ((e.SMTP_USER === undefined) !== (e.SMTP_PASSWORD === undefined))
    problems.push('SMTP_USER and SMTP_PASSWORD must be set together');
  // A password never crosses the network in the clear, except to this machine (a test relay).
  const local = ['127.0.0.1', 'localhost', '::1'].includes(e.SMTP_HOST ?? '');
  if (e.SMTP_HOST && e.SMTP_TLS === 'none' && !local)
    problems.push('SMTP_TLS=none is only allowed with an SMTP_HOST on this machine');
  return problems;
}

/** A replica is of a PostgreSQL primary: an embedded SQLite file has none to read from. */
function reportsProblems(e: Env): string[] {
  if (e.REPORTS_DATABASE_URL && !e.DATABASE_URL)
    return [
      'REPORTS_DATABASE_URL needs DATABASE_URL: reports read a replica of the PostgreSQL database, and without DATABASE_URL the data is in SQLite',
    ];
  return [];
}

function smtpOf(e: Env, publicHost: string): SmtpConfig | null {
  if (!e.SMTP_HOST) return null;
  return {
    host: e.SMTP_HOST,
    port: e.SMTP_PORT ?? (e.SMTP_TLS === 'implicit' ? 465 : 587),
    tls: e.SMTP_TLS,
    user: e.SMTP_USER ?? null,
    password: e.SMTP_PASSWORD ?? null,
    from: e.SMTP_FROM ?? `no-reply@${publicHost.replace(/:\d+$/, '')}`,
  };
}

function publicUrlOf(value: string | undefined, port: number): Config['publicUrl'] {
  if (value) {
    const url = new URL(value);
    return { origin: url.origin, host: url.host, local: false };
  }
  // For trying Waymark on one machine: the address main.ts prints.
  const local = new URL(`http://localhost:${port}`);
  return { origin: local.origin, host: local.host, local: true };
}
