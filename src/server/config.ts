// Configuration comes from environment variables, validated once at start-up so a bad value
// stops the server with a message that says which variable is wrong and why.
import path from 'node:path';
import { z } from 'zod';

const boolean = (name: string) =>
  z.enum(['true', 'false', '1', '0'], { error: () => `${name} must be true or false` }).transform((v) => v === 'true' || v === '1');

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: () => `${name} must be a whole number` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: () => `${name} must be between ${min} and ${max}` });

const envSchema = z.object({
  PORT: wholeNumber('PORT', 1, 65_535).default(3000),
  HOST: z.string().min(1, { error: () => 'HOST must not be empty' }).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: () => 'DATABASE_URL must start with postgres:// or postgresql://' })
    .optional(),
  DATA_DIR: z.string().min(1).default('data'),
  SESSION_IDLE_MINUTES: wholeNumber('SESSION_IDLE_MINUTES', 1, 24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: wholeNumber('SESSION_ABSOLUTE_HOURS', 1, 24 * 7).default(12),
  COOKIE_SECURE: z
    .enum(['auto', 'always', 'never'], { error: () => 'COOKIE_SECURE must be auto, always or never' })
    .default('auto'),
  TRUST_PROXY: boolean('TRUST_PROXY').default(false),
  DEMO_DATA: boolean('DEMO_DATA').optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: () => 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  LOGIN_ATTEMPTS_PER_15_MINUTES: wholeNumber('LOGIN_ATTEMPTS_PER_15_MINUTES', 1, 1000).default(10),
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
};

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Waymark cannot start because of its configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        if (SECRET_VARIABLES.has(name)) return issue.message;
        return `${issue.message} (got ${JSON.stringify(env[name])})`;
      }),
    );
  }
  const e = parsed.data;
  const database: Config['database'] = e.DATABASE_URL
    ? { dialect: 'postgres', url: e.DATABASE_URL }
    : { dialect: 'sqlite', file: path.resolve(e.DATA_DIR, 'waymark.db') };
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
  };
}
