// What the fuzz test (src/server/http/fuzz.int.test.ts) sends, as plain data drawn by
// fast-check: which route, how to spoil its valid example body, its path, its query and its
// If-Match. A seed always gives the same plans; fuzz-requests.ts turns a plan into a request.
// Bodies are spoiled the ways an attacker or a broken client would: wrong types, huge strings,
// deep nesting, NUL and other odd characters, extra, missing and prototype-polluting keys,
// arrays for objects, numbers out of range, and text that is not JSON at all.
import fc from 'fast-check';

export type BodyMutation =
  | { kind: 'valid' }
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'remove'; at: number }
  | { kind: 'add'; key: string; value: unknown }
  | { kind: 'pollute'; member: string }
  | { kind: 'wrap' }
  | { kind: 'replace'; value: unknown }
  | { kind: 'nest'; at: number; depth: number }
  | { kind: 'recurse'; at: number; depth: number }
  | { kind: 'append'; at: number; text: string }
  | { kind: 'raw'; text: string; contentType: string | undefined }
  | { kind: 'cut'; at: number };
export type UrlMutation =
  | { kind: 'none' }
  | { kind: 'param'; at: number; value: string }
  | { kind: 'query'; key: string; value: string };
export type Plan = {
  route: number;
  body: BodyMutation;
  url: UrlMutation;
  /** Used instead of `url` on routes that read no body (GET, HEAD): their input is the URL. */
  readUrl: UrlMutation;
  ifMatch: string | undefined;
};

/** What a database may refuse or change: NUL, and UTF-16 surrogates without their pair. */
const unstorableText = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  'x\u0000',
  '\ud800',
  'x\udfff',
  '\udc00\ud800',
);
const oddText = fc.oneof(
  unstorableText,
  fc.constantFrom(
    '',
    ' ',
    '\u202eexe.txt',
    '\ufeff',
    '🙂👩‍👩‍👧',
    'שלום',
    '\r\n\t',
    "'; drop table account; --",
    '../../etc/passwd',
    '<script>alert(1)</script>',
    'null',
    '1e309',
    '2026-02-30',
    '9999-99-99T99:99:99Z',
    '00000000-0000-0000-0000-000000000000',
  ),
  fc.constantFrom('x'.repeat(301), 'x'.repeat(20_001), 'x'.repeat(300_000)),
);
const oddNumber = fc.constantFrom(
  -1,
  0,
  -0,
  0.5,
  1.5,
  11,
  101,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 53),
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
);
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: oddText },
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 20 }),
  oddNumber,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 3 }),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);
const oddKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'ownerId', 'personId', 'id'),
  fc.constantFrom('version', 'deletedAt', 'isAdmin', '', '\u0000', 'x'.repeat(1_000)),
  fc.string({ maxLength: 10 }),
);
const pollution = fc.constantFrom(
  '"__proto__":{"polluted":true}',
  '"constructor":{"prototype":{"polluted":true}}',
  '"__pro\\u0074o__":{"polluted":true}',
  '"prototype":{"polluted":true}',
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'image/png',
  undefined,
);
const rawText = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.string(),
  fc.constantFrom('', '{', '{"a":', '[1,]', '{"a":1}{"b":2}', 'null', '1', '"x"', '\u0000'),
  fc.constantFrom('{"a":"\\ud800"}', '{"a":"\\u0000"}', `{"a":"${'\\u0000'.repeat(1_000)}"}`),
);
/** Depths around the limit (32) and far beyond it. */
const depth = fc.constantFrom(2, 16, 31, 32, 33, 100, 1_000, 5_000);
const recursion = fc.constantFrom(8, 15, 1_000, 1_200, 5_000);
const index = fc.nat({ max: 1_000 });

const kind = <K extends BodyMutation['kind']>(name: K) => fc.constant(name);
/** One generator per way of spoiling a body. */
const BODY_MUTATIONS = {
  valid: fc.record({ kind: kind('valid') }),
  set: fc.record({ kind: kind('set'), at: index, value: oddValue }),
  remove: fc.record({ kind: kind('remove'), at: index }),
  add: fc.record({ kind: kind('add'), key: oddKey, value: oddValue }),
  pollute: fc.record({ kind: kind('pollute'), member: pollution }),
  wrap: fc.record({ kind: kind('wrap') }),
  replace: fc.record({ kind: kind('replace'), value: oddValue }),
  nest: fc.record({ kind: kind('nest'), at: index, depth }),
  recurse: fc.record({ kind: kind('recurse'), at: index, depth: recursion }),
  append: fc.record({
    kind: kind('append'),
    at: index,
    text: fc.oneof(
      unstorableText,
      oddText,
      fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
    ),
  }),
  raw: fc.record({ kind: kind('raw'), text: rawText, contentType }),
  cut: fc.record({ kind: kind('cut'), at: index }),
} satisfies { [K in BodyMutation['kind']]: fc.Arbitrary<Extract<BodyMutation, { kind: K }>> };

/**
 * The order in which each route meets the kinds of spoiling, one per round over all routes, so
 * every route meets every kind (the most telling ones more than once) within 16 rounds.
 */
const KIND_CYCLE: BodyMutation['kind'][] = [
  'set',
  'append',
  'remove',
  'add',
  'recurse',
  'append',
  'pollute',
  'set',
  'nest',
  'raw',
  'append',
  'wrap',
  'replace',
  'set',
  'cut',
  'valid',
];

/** Path and query values, some already percent-encoded the ways a URL can be broken. */
const urlText = fc.oneof(
  oddText.map(encode),
  fc.string().map(encode),
  fc.constantFrom('%00', 'a%00b', '%ED%A0%80', '%C0%80', '%', '%zz', '..%2F..%2F', '%F0%9F%99%82'),
);
const queryKey = fc.constantFrom('from', 'to', 'limit', 'deleted', 'q', 'measure', 'code', 'x');
const paramMutation = fc.record({ kind: fc.constant('param' as const), at: index, value: urlText });
const queryMutation = fc.record({
  kind: fc.constant('query' as const),
  key: queryKey,
  value: urlText,
});
const urlMutation: fc.Arbitrary<UrlMutation> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 1, arbitrary: paramMutation },
  { weight: 1, arbitrary: queryMutation },
);
const readUrlMutation: fc.Arbitrary<UrlMutation> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 3, arbitrary: paramMutation },
  { weight: 3, arbitrary: queryMutation },
);
/** Mostly the example's own If-Match; sometimes a wrong or malformed one. */
const ifMatch = fc.oneof(
  { weight: 7, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('W/"0"', 'W/"2"', 'W/"-1"', 'W/"1.5"', 'W/"99999999999"', '*', 'x'),
  },
);

/** What one request draws: a body spoiled in every way, and spoiled URLs and If-Match. */
export type Draw = Omit<Plan, 'route' | 'body'> & {
  bodies: { [K in BodyMutation['kind']]: Extract<BodyMutation, { kind: K }> };
};
export const draws: fc.Arbitrary<Draw> = fc.record({
  bodies: fc.record(BODY_MUTATIONS),
  url: urlMutation,
  readUrl: readUrlMutation,
  ifMatch,
});

/**
 * The `i`th request of a run. `schedule` lists the routes of one round (a route that reads a
 * body twice, so bodies get more of the run); each place in it meets the next kind of spoiling
 * every round.
 */
export function planAt(i: number, schedule: number[], draw: Draw): Plan {
  const place = i % schedule.length;
  const round = Math.floor(i / schedule.length);
  const body = draw.bodies[KIND_CYCLE[(round + place) % KIND_CYCLE.length] ?? 'valid'];
  const route = schedule[place] ?? 0;
  return { route, body, url: draw.url, readUrl: draw.readUrl, ifMatch: draw.ifMatch };
}

function encode(text: string): string {
  return encodeURIComponent(text.toWellFormed());
}
