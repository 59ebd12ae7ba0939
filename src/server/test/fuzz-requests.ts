// Turns a fuzz plan (fuzz-plans.ts) into a request: the route's valid example, with its body,
// path, query and If-Match spoiled as the plan says.
import type { InjectOptions } from 'fastify';
import type { BodyMutation, Plan, UrlMutation } from './fuzz-plans.ts';

type Path = (string | number)[];

/** A route and a valid request for it (real ids in its URL, a body it would accept). */
export type Example = { route: { method: string; url: string }; request: InjectOptions };

/** Every place a value sits in a JSON value: object members and array elements, any depth. */
function pathsIn(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsIn(child, [...prefix, key])]);
}

function withValueAt(body: unknown, path: Path, value: unknown, remove = false): unknown {
  const copy = structuredClone(body);
  let node = copy as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (!remove) node[last] = value;
  else if (Array.isArray(node)) node.splice(last as number, 1);
  else delete node[last];
  return copy;
}

/** The body to send and its content type, or undefined to send the example body unchanged. */
function spoilBody(
  example: unknown,
  mutation: BodyMutation,
): [string, string | undefined] | undefined {
  const body = Buffer.isBuffer(example) || example === undefined ? {} : example;
  const paths = pathsIn(body);
  const pick = (at: number) => paths[at % paths.length];
  const json = (value: unknown): [string, string] => [JSON.stringify(value), 'application/json'];
  switch (mutation.kind) {
    case 'valid':
      return undefined;
    case 'set': {
      const path = pick(mutation.at);
      return json(path ? withValueAt(body, path, mutation.value) : mutation.value);
    }
    case 'remove': {
      const path = pick(mutation.at);
      return json(path ? withValueAt(body, path, undefined, true) : body);
    }
    case 'add': {
      const target = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
      // A computed key makes __proto__ an own member, as JSON.parse would.
      return json({ ...target, [mutation.key]: mutation.value });
    }
    case 'pollute': {
      const text = JSON.stringify(body);
      const rest = text.startsWith('{') && text !== '{}' ? `,${text.slice(1)}` : '}';
      return [`{${mutation.member}${rest}`, 'application/json'];
    }
    case 'wrap':
      return json([body]);
    case 'replace':
      return json(mutation.value);
    case 'nest': {
      // Nests inside the body where it can, so the rest of the body is still valid. Built as
      // text: JSON.stringify itself would overflow the stack on the deepest values.
      const path = pick(mutation.at);
      const marker = '"__nested__"';
      const text = JSON.stringify(path ? withValueAt(body, path, '__nested__') : '__nested__');
      const deep = `${'{"a":'.repeat(mutation.depth)}1${'}'.repeat(mutation.depth)}`;
      return [text.replace(marker, deep), 'application/json'];
    }
    case 'recurse':
      return [recursed(body, paths, mutation), 'application/json'];
    case 'append': {
      // One text field at a time, so the rest of the body stays valid and the text goes deep.
      const texts = paths.filter((path) => typeof valueAt(body, path) === 'string');
      const path = texts[mutation.at % Math.max(texts.length, 1)];
      if (!path) return json(body);
      return json(withValueAt(body, path, `${valueAt(body, path)}${mutation.text}`));
    }
    case 'raw':
      return [mutation.text, mutation.contentType];
    case 'cut': {
      const text = JSON.stringify(body);
      return [text.slice(0, mutation.at % Math.max(text.length, 1)), 'application/json'];
    }
  }
}

/**
 * Where the body holds a list of objects under some key (a measure answer's `item`), puts that
 * list inside its own first object, `depth` times over: the shape of a schema that refers to
 * itself, which is where deep nesting costs the most. Built as text: JSON.stringify would
 * overflow the stack on the deepest.
 */
function recursed(
  body: unknown,
  paths: Path[],
  { at, depth }: { at: number; depth: number },
): string {
  const lists = paths.filter((path) => {
    const list = valueAt(body, path);
    return typeof path.at(-1) === 'string' && Array.isArray(list) && isObject(list[0]);
  });
  const path = lists[at % Math.max(lists.length, 1)];
  if (!path) return JSON.stringify(body);
  const key = path.at(-1) as string;
  const first = (valueAt(body, path) as Record<string, unknown>[])[0] as Record<string, unknown>;
  const [open = '', close = ''] = JSON.stringify({ ...first, [key]: 0 }).split(`"${key}":0`);
  const marker = '"__nested__"';
  const list = `${`[${open}"${key}":`.repeat(depth)}[]${`${close}]`.repeat(depth)}`;
  return JSON.stringify(withValueAt(body, path, '__nested__')).replace(marker, list);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, part) => (node as Record<string | number, unknown> | undefined)?.[part],
    value,
  );
}

function spoilUrl(route: string, url: string, mutation: UrlMutation): string {
  if (mutation.kind === 'none') return url;
  if (mutation.kind === 'query') {
    return `${url}${url.includes('?') ? '&' : '?'}${mutation.key}=${mutation.value}`;
  }
  const [path = '', query] = url.split('?');
  const segments = path.split('/');
  const params = route
    .split('/')
    .flatMap((segment, i) => (segment.startsWith(':') || segment === '*' ? [i] : []));
  if (!params.length) return url;
  segments[params[mutation.at % params.length] as number] = mutation.value;
  return segments.join('/') + (query === undefined ? '' : `?${query}`);
}

/** The request a plan makes of a route, built from the route's valid example. */
export function requestFor(example: Example, plan: Plan): InjectOptions {
  const { request } = example;
  const headers: Record<string, string> = { ...(request.headers as Record<string, string>) };
  if (plan.ifMatch !== undefined) headers['if-match'] = plan.ifMatch;
  const readsBody = request.method !== 'GET' && request.method !== 'HEAD';
  const url = spoilUrl(example.route.url, String(request.url), readsBody ? plan.url : plan.readUrl);
  const spoiled = spoilBody(request.payload, plan.body);
  if (!spoiled) return { ...request, url, headers };
  const [payload, type] = spoiled;
  delete headers['content-type'];
  if (type) headers['content-type'] = type;
  return { method: request.method, url, headers, payload };
}

/** A short description of a plan, for a failure message. */
export function describePlan(plan: Plan): string {
  const text = JSON.stringify(plan, (_, value) =>
    typeof value === 'string' && value.length > 60
      ? `${value.slice(0, 60)}…(${value.length})`
      : value,
  );
  return text ?? '';
}
