// Precise errors for measure files and answers: each says which item (by linkId) and what is
// wrong, e.g. `item "q3": type "attachment" is not supported`. Zod reports positions as index
// paths (item.2.type); a person fixing a file thinks in linkIds, so paths are rewritten with the
// linkIds found in the input (item[q3].type).
import type { z } from '../validation.ts';
import { type MeasureMessageKey, tm } from './messages.ts';
import { SUPPORTED_ITEM_TYPES } from './questionnaire.schema.ts';

export type PathPart = string | number;
/** One problem, as returned to callers: `path` for tools, `message` for people. */
export type MeasureError = { path: string; message: string };
/** A problem found by a check, before it is located in the input. */
export type Problem = { path: PathPart[]; problem: string };

type Located = { subject: string; pathText: string; field: string };
export type Locator = (path: PathPart[]) => Located;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function child(node: unknown, part: PathPart): unknown {
  if (typeof part === 'number') return Array.isArray(node) ? node[part] : undefined;
  return isRecord(node) ? node[part] : undefined;
}

export function valueAt(root: unknown, path: PathPart[]): unknown {
  return path.reduce<unknown>((node, part) => child(node, part), root);
}

function joinPath(parts: PathPart[]): string {
  return parts
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

function appendPath(text: string, addition: string): string {
  return text ? `${text}.${addition}` : addition;
}

/** Locates paths in a Questionnaire or QuestionnaireResponse, naming items by linkId. */
export function itemLocator(root: unknown, rootSubject: MeasureMessageKey): Locator {
  return (path) => {
    let node = root;
    let subject = tm(rootSubject);
    let itemLabel: string | undefined;
    let pathText = '';
    let fieldStart = 0;
    for (let i = 0; i < path.length; i++) {
      const part = path[i] as PathPart;
      const next = path[i + 1];
      const isIndexed = typeof next === 'number';
      if (part === 'item' && isIndexed) {
        node = child(child(node, part), next);
        const linkId =
          isRecord(node) && typeof node.linkId === 'string' && node.linkId
            ? node.linkId
            : undefined;
        const parent = itemLabel ? tm('where.item', { item: itemLabel }) : tm('where.top');
        subject = linkId
          ? tm('where.item', { item: linkId })
          : tm('where.itemAt', { position: next + 1, parent });
        itemLabel = linkId ?? `#${next + 1}`;
        pathText = appendPath(pathText, `item[${linkId ?? next}]`);
      } else if ((part === 'answerOption' || part === 'enableWhen') && isIndexed && itemLabel) {
        node = child(child(node, part), next);
        const key = part === 'answerOption' ? 'where.option' : 'where.condition';
        subject = tm(key, { item: itemLabel, position: next + 1 });
        pathText = appendPath(pathText, `${part}[${next}]`);
      } else {
        continue;
      }
      i++;
      fieldStart = i + 1;
    }
    const field = joinPath(path.slice(fieldStart));
    const rest = field ? (pathText ? `.${field}` : field) : '';
    return { subject, pathText: `${pathText}${rest}`.replace(/\.\[/g, '['), field };
  };
}

/** Locates paths inside scoring rules, naming scales and risk rules by their ids. */
export function scoringLocator(rules: unknown): Locator {
  return (path) => {
    const [head, index] = path;
    let subject = tm('where.scoring');
    let label: PathPart[] = path;
    if ((head === 'scales' || head === 'riskItems') && typeof index === 'number') {
      const entry = valueAt(rules, [head, index]);
      const entryId = isRecord(entry) && typeof entry.id === 'string' ? entry.id : `#${index + 1}`;
      subject = tm(head === 'scales' ? 'where.scale' : 'where.risk', {
        scale: entryId,
        rule: entryId,
      });
      label = [`${head}[${entryId}]`, ...path.slice(2)];
    }
    const field = joinPath(path.slice(head === 'scales' || head === 'riskItems' ? 2 : 0));
    const inside = joinPath(label);
    return {
      subject,
      pathText: inside ? `extension[scoring].${inside}` : 'extension[scoring]',
      field,
    };
  };
}

/** Locates paths in a wording file. */
export function wordingLocator(): Locator {
  return (path) => ({
    subject: tm('where.wording'),
    pathText: joinPath(path),
    field: joinPath(path),
  });
}

export function toError(locate: Locator, problem: Problem): MeasureError {
  const located = locate(problem.path);
  return { path: located.pathText, message: `${located.subject}: ${problem.problem}` };
}

function describeValue(value: unknown): string {
  if (value === undefined) return tm('value.nothing');
  if (Array.isArray(value)) return tm('value.list');
  if (isRecord(value)) return tm('value.object');
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const EXPECTED: Record<string, MeasureMessageKey> = {
  boolean: 'value.boolean',
  number: 'value.number',
  int: 'value.wholeNumber',
  string: 'value.text',
  array: 'value.list',
  object: 'value.object',
  record: 'value.object',
};

/** Turns one zod issue into a plain problem, using the actual value found in the input. */
export function problemFromIssue(input: unknown, issue: z.core.$ZodIssue): Problem {
  const path = issue.path.filter((part): part is PathPart => typeof part !== 'symbol');
  const value = valueAt(input, path);
  const last = path.at(-1);
  const field = typeof last === 'string' ? last : joinPath(path.slice(-2));
  const parentKey = path.at(-3);
  switch (issue.code) {
    case 'invalid_type':
      if (path.length === 0) return { path, problem: tm('problem.notObject') };
      if (value === undefined && field === 'valueCoding' && parentKey === 'answerOption') {
        return { path, problem: tm('problem.optionNeedsCoding') };
      }
      if (value === undefined) return { path, problem: tm('problem.missing', { field }) };
      return {
        path,
        problem: tm('problem.wrongType', {
          field,
          expected: tm(EXPECTED[issue.expected] ?? 'value.text'),
          actual: describeValue(value),
        }),
      };
    case 'invalid_value':
      if (value === undefined) return { path, problem: tm('problem.missing', { field }) };
      if (field === 'type' && path.at(-3) === 'item') {
        const supported = SUPPORTED_ITEM_TYPES.join(', ');
        return {
          path,
          problem: tm('problem.typeNotSupported', { type: String(value), supported }),
        };
      }
      if (field === 'resourceType') {
        const expected = String(issue.values[0]);
        return {
          path,
          problem: tm('problem.resourceType', { expected, actual: describeValue(value) }),
        };
      }
      return {
        path,
        problem: tm('problem.notOneOf', {
          field,
          allowed: issue.values.map((v) => JSON.stringify(v)).join(', '),
          actual: describeValue(value),
        }),
      };
    case 'too_small':
      if (Number(issue.minimum) <= 1 && (issue.origin === 'array' || issue.origin === 'string')) {
        return { path, problem: tm('problem.empty', { field }) };
      }
      return { path, problem: tm('problem.tooSmall', { field, minimum: Number(issue.minimum) }) };
    case 'too_big':
      return { path, problem: tm('problem.tooBig', { field, maximum: Number(issue.maximum) }) };
    case 'invalid_format':
      return { path, problem: tm('problem.format', { field }) };
    case 'unrecognized_keys':
      return { path, problem: tm('problem.unknownField', { field: issue.keys.join(', ') }) };
    case 'custom':
      return { path, problem: issue.message };
    default:
      return { path, problem: tm('problem.invalid', { field }) };
  }
}

/** Parses with a zod schema; on failure returns located errors in the measures wording. */
export function parseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  locate: Locator,
): { ok: true; value: T } | { ok: false; errors: MeasureError[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.map((issue) =>
    toError(locate, problemFromIssue(input, issue)),
  );
  return { ok: false, errors };
}
