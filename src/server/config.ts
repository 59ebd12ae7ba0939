// Configuration comes from environment variables, validated once at start-up so a bad value
// stops the server with a message that says which variable is wrong and why.
import path from 'node:path';
import { z } from 'zod';

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
  LOGIN_ATTEMPTS_PER_15_MINUTES: wholeNumber('LOGIN_ATTEMPTS_PER_15_MINUTES', 1, 1000).default(10),
  STORAGE_QUOTA_MB: wholeNumber('STORAGE_QUOTA_MB', 1, 1_000_000).default(50),
});

/** Values quoted back in a problem to help, except these: they may hold a password. */
const SECRET_VARIABLES = new Set(['DATABASE_URL']);

export type Config = {
  port: number;
  host: string;
  database: { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };
  session: { idleMinutes: number; absoluteHours: number };
  cookieSecure: 'auto' | 'always' | 'never';
  trustProxy: boolean;
  demoData: boolean;
  logLevel: string;
  loginAttemptsPer15Minutes: number;
  /** How many bytes of files one person may keep (deleted ones count until purged). */
  storageQuotaBytes: number;
  /** Keys for journal text; null means "use the development key file" (SQLite only). */
  journal: { keys: JournalKey[] | null; keyFile: string };
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
  if (!parsed.success || typeof journalKeys === 'string') throw new ConfigError(problems);
  const e = parsed.data;
  const database: Config['database'] = e.DATABASE_URL
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
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    // Demo people are for trying Waymark on your own machine, never a shared database.
    demoData: e.DEMO_DATA ?? database.dialect === 'sqlite',
    logLevel: e.LOG_LEVEL,
    loginAttemptsPer15Minutes: e.LOGIN_ATTEMPTS_PER_15_MINUTES,
    storageQuotaBytes: e.STORAGE_QUOTA_MB * 1024 * 1024,
    journal: { keys: journalKeys, keyFile: path.resolve(e.DATA_DIR, 'journal.key') },
  };
}
