// Precise errors for measure files and answers: each says which item (by linkId) and what is
// wrong, e.g. `item "q3": type "attachment" is not supported`. Zod reports positions as index
// paths (item.2.type); a person fixing a file thinks in linkIds, so paths are rewritten with the
// linkIds found in the input (item[q3].type). Messages are made with say(): the key and values
// travel, and whoever shows one words it in its reader's language (wordsFor, i18n/said.ts).
import '../i18n/questionnaire.messages.ts';
import { asValue, type Said, saidValue, say } from '../i18n/said.ts';
import type { MessageKey } from '../i18n/translate.ts';
import type { z } from '../validation.ts';
import { SUPPORTED_ITEM_TYPES } from './questionnaire.schema.ts';

export type PathPart = string | number;
/**
 * One problem, as returned to callers: `path` for tools, `message` for people, made by say() (to
 * be worded with wordsFor in the reader's language).
 */
export type MeasureError = { path: string; message: string };
/** A problem found by a check, before it is located in the input; `problem` made by say(). */
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
export function itemLocator(root: unknown, rootSubject: MessageKey): Locator {
  return (path) => {
    let node = root;
    let subject = say(rootSubject);
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
        const parent = itemLabel
          ? saidValue('questionnaire.where.item', { item: itemLabel })
          : saidValue('questionnaire.where.top');
        subject = linkId
          ? say('questionnaire.where.item', { item: linkId })
          : say('questionnaire.where.itemAt', { position: next + 1, parent });
        itemLabel = linkId ?? `#${next + 1}`;
        pathText = appendPath(pathText, `item[${linkId ?? next}]`);
      } else if ((part === 'answerOption' || part === 'enableWhen') && isIndexed && itemLabel) {
        node = child(child(node, part), next);
        const key =
          part === 'answerOption' ? 'questionnaire.where.option' : 'questionnaire.where.condition';
        subject = say(key, { item: itemLabel, position: next + 1 });
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
    let subject = say('questionnaire.where.scoring');
    let label: PathPart[] = path;
    if ((head === 'scales' || head === 'riskItems') && typeof index === 'number') {
      const entry = valueAt(rules, [head, index]);
      const entryId = isRecord(entry) && typeof entry.id === 'string' ? entry.id : `#${index + 1}`;
      subject =
        head === 'scales'
          ? say('questionnaire.where.scale', { scale: entryId })
          : say('questionnaire.where.risk', { rule: entryId });
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
    subject: say('questionnaire.where.wording'),
    pathText: joinPath(path),
    field: joinPath(path),
  });
}

export function toError(locate: Locator, problem: Problem): MeasureError {
  const located = locate(problem.path);
  return {
    path: located.pathText,
    message: say('questionnaire.problemAt', {
      where: asValue(located.subject),
      problem: asValue(problem.problem),
    }),
  };
}

/** What was found: a kind of value in words, or the value itself as sent, cut short. */
function describeValue(value: unknown): Said | string {
  if (value === undefined) return saidValue('questionnaire.value.nothing');
  if (Array.isArray(value)) return saidValue('questionnaire.value.list');
  if (isRecord(value)) return saidValue('questionnaire.value.object');
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const EXPECTED: Record<string, MessageKey> = {
  boolean: 'questionnaire.value.boolean',
  number: 'questionnaire.value.number',
  int: 'questionnaire.value.wholeNumber',
  string: 'questionnaire.value.text',
  array: 'questionnaire.value.list',
  object: 'questionnaire.value.object',
  record: 'questionnaire.value.object',
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
      if (path.length === 0) return { path, problem: say('questionnaire.problem.notObject') };
      if (value === undefined && field === 'valueCoding' && parentKey === 'answerOption') {
        return { path, problem: say('questionnaire.file.optionNeedsCoding') };
      }
      if (value === undefined)
        return { path, problem: say('questionnaire.problem.missing', { field }) };
      return {
        path,
        problem: say('questionnaire.problem.wrongType', {
          field,
          expected: saidValue(EXPECTED[issue.expected] ?? 'questionnaire.value.text'),
          actual: describeValue(value),
        }),
      };
    case 'invalid_value':
      if (value === undefined)
        return { path, problem: say('questionnaire.problem.missing', { field }) };
      if (field === 'type' && path.at(-3) === 'item') {
        const supported = SUPPORTED_ITEM_TYPES.join(', ');
        return {
          path,
          problem: say('questionnaire.file.typeNotSupported', {
            type: String(value),
            supported,
          }),
        };
      }
      if (field === 'resourceType') {
        const expected = String(issue.values[0]);
        return {
          path,
          problem: say('questionnaire.problem.resourceType', {
            expected,
            actual: describeValue(value),
          }),
        };
      }
      return {
        path,
        problem: say('questionnaire.problem.notOneOf', {
          field,
          allowed: issue.values.map((v) => JSON.stringify(v)).join(', '),
          actual: describeValue(value),
        }),
      };
    case 'too_small':
      if (Number(issue.minimum) <= 1 && (issue.origin === 'array' || issue.origin === 'string')) {
        return { path, problem: say('questionnaire.problem.empty', { field }) };
      }
      return {
        path,
        problem: say('questionnaire.problem.tooSmall', { field, minimum: Number(issue.minimum) }),
      };
    case 'too_big':
      return {
        path,
        problem: say('questionnaire.problem.tooBig', { field, maximum: Number(issue.maximum) }),
      };
    case 'invalid_format':
      return { path, problem: say('questionnaire.problem.format', { field }) };
    case 'unrecognized_keys':
      return {
        path,
        problem: say('questionnaire.problem.unknownField', { field: issue.keys.join(', ') }),
      };
    case 'custom':
      return { path, problem: issue.message };
    default:
      return { path, problem: say('questionnaire.problem.invalid', { field }) };
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
