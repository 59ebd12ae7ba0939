import { describe, expect, it, vi } from 'vitest';
import { signUpSchema } from './auth/auth.schema.ts';
import { wordsFor } from './i18n/said.ts';
import { goalSchema, lifeAreaSchema } from './record/record.schema.ts';
import {
  calendarDate,
  findUnstorableText,
  id,
  isStorableText,
  LIMITS,
  longText,
  requiredLine,
  z,
} from './validation.ts';

const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be refused`);
  return result.error.issues.map((issue) => [issue.path.join('.'), wordsFor(issue.message)]);
};
const goal = {
  title: 'Swim',
  why: '',
  lifeAreaId: null,
  steps: [],
  whoHelps: '',
  targetDate: null,
  status: 'not_started',
};

/**
 * The schemas as a page has them before its date words load (date-words.ts installs them, as
 * the server does at start). The test files of a worker share modules, and a file before this
 * one may have installed them, so these come from fresh copies of the modules.
 */
async function beforeDateWords() {
  vi.resetModules();
  const [validation, record] = await Promise.all([
    import('./validation.ts'),
    import('./record/record.schema.ts'),
  ]);
  return { calendarDate: validation.calendarDate, goalSchema: record.goalSchema };
}

describe('Validation messages', () => {
  it.each([
    [longText(), 'x'.repeat(LIMITS.longText + 1), 'This must be 20,000 characters or fewer'],
    [id(), 'not-an-id', 'This is not a valid reference'],
    [z.string(), 5, 'This is not the right kind of value'],
    [z.enum(['a', 'b']), 'c', 'Choose one of the options'],
    [z.strictObject({}), { ownerId: 'x' }, 'This field is not allowed: ownerId'],
    [z.array(z.string()).max(2), ['a', 'b', 'c'], 'You can have up to 2 of these'],
    [z.string().min(1), '', 'This cannot be empty'],
    [z.string().min(3), 'ab', 'This must be at least 3 characters'],
  ])('explains %# in plain English', (schema, value, message) => {
    expect(messages(schema, value)).toEqual([['', message]]);
  });

  it.each(['2027-02-30', '2027-02-29', 'tomorrow', '2027-3-28'])(
    'refuses %s with the general words before the detailed date words load',
    async (value) => {
      const fresh = await beforeDateWords();
      expect(messages(fresh.calendarDate(), value)).toEqual([
        ['', 'Enter a real date, like 2024-03-28'],
      ]);
    },
  );

  it('accepts real dates, including 29 February in a leap year', () => {
    for (const date of ['2028-02-29', '2027-12-31', '2027-01-01']) {
      expect(calendarDate().safeParse(date).success, date).toBe(true);
    }
  });

  it('names each field of a goal with its own message', async () => {
    const fresh = await beforeDateWords();
    const refused = messages(fresh.goalSchema, {
      ...goal,
      title: '   ',
      status: 'done',
      targetDate: '2027-13-01',
    });
    expect(refused).toEqual([
      ['title', 'Enter what you want to work towards'],
      ['targetDate', 'Enter a real date, like 2024-03-28'],
      ['status', 'Choose one of the options'],
    ]);
    expect(messages(lifeAreaSchema, { name: '' })).toEqual([
      ['name', 'Enter a name for the life area'],
    ]);
  });

  it('keeps the person’s long text exactly as typed, but trims titles and names', () => {
    const parsed = goalSchema.parse({ ...goal, title: '  Swim  ', why: '  two spaces  ' });
    expect(parsed.title).toBe('Swim');
    expect(parsed.why).toBe('  two spaces  ');
  });

  it('asks for a 12-character password and a real email address when signing up', () => {
    const refused = messages(signUpSchema, {
      email: 'sam at home',
      password: 'short',
      displayName: 'Sam',
    });
    expect(refused).toEqual([
      ['email', 'Enter an email address in the right format, like name@example.com'],
      ['password', 'This must be at least 12 characters'],
    ]);
    const ok = signUpSchema.parse({
      email: ' Sam@Example.TEST ',
      password: 'x'.repeat(12),
      displayName: 'Sam',
    });
    expect(ok.email).toBe('sam@example.test');
  });

  it('refuses text a database cannot keep: a NUL, or half of a surrogate pair', () => {
    const unstorable =
      'This contains a hidden or broken character that cannot be saved. Remove it and try again.';
    for (const text of ['a\u0000b', '\ud800', 'x\udfff', '\udc00\ud83d']) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(false);
      expect(messages(longText(), text)).toEqual([['', unstorable]]);
      expect(
        messages(
          requiredLine(100, () => 'Enter a title'),
          text,
        ),
      ).toEqual([['', unstorable]]);
    }
    for (const text of ['', '🙂 and שלום', 'tab\tand\nline', '\u202e']) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('finds the first unstorable text in a value, keys included, however deep', () => {
    expect(findUnstorableText({ a: ['ok', { b: 'x\u0000' }] })).toEqual(['a', 1, 'b']);
    expect(findUnstorableText({ ok: 1, list: [{ 'k\ud800': 'fine' }] })).toEqual([
      'list',
      0,
      'k\ud800',
    ]);
    expect(findUnstorableText('\u0000')).toEqual([]);
    expect(findUnstorableText({ a: ['🙂', 1, null, true] })).toBeUndefined();
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorableText(deep)).toHaveLength(100_000);
  });

  it('does not look into a file’s bytes (an upload’s body): they are not text', () => {
    const photo = new Uint8Array(5 * 1024 * 1024);
    expect(findUnstorableText(photo)).toBeUndefined();
    // Walked as an object, its entries would include this key, and it would be named.
    const marked = Object.assign(new Uint8Array(8), { 'k\ud800': 1 });
    expect(findUnstorableText(marked)).toBeUndefined();
    expect(findUnstorableText({ file: marked, name: 'x\u0000' })).toEqual(['name']);
  });
});
