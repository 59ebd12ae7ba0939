// The message format every catalogue uses: named slots, `{name}`, and plural choices,
// `{count, plural, one {# day} other {# days}}`, where `#` is the number written the local way.
// Which plural form a number takes comes from Intl.PluralRules, so Welsh gets its six forms and
// Polish its four without any rule written here. A small subset of ICU MessageFormat: enough for
// our words, and small enough to check fully (checkMessage) before a catalogue is used.

export type MessageParams = Record<string, string | number>;

type Text = { kind: 'text'; value: string };
type Slot = { kind: 'slot'; name: string };
type Plural = { kind: 'plural'; name: string; forms: Record<string, Piece[]> };
type Hash = { kind: 'hash' };
export type Piece = Text | Slot | Plural | Hash;

export class MessageSyntaxError extends Error {}

const PLURAL_FORM = /^(zero|one|two|few|many|other|=\d+)$/;

/** Reads a message into pieces, or throws MessageSyntaxError saying what is wrong. */
export function parseMessage(template: string): Piece[] {
  const [pieces, end] = parsePieces(template, 0, false);
  if (end !== template.length) throw new MessageSyntaxError(`an unmatched "}" at ${end}`);
  return pieces;
}

function parsePieces(source: string, start: number, inPlural: boolean): [Piece[], number] {
  const pieces: Piece[] = [];
  let text = '';
  let at = start;
  const flush = () => {
    if (text) pieces.push({ kind: 'text', value: text });
    text = '';
  };
  while (at < source.length) {
    const char = source[at];
    if (char === '}') break;
    if (char === '#' && inPlural) {
      flush();
      pieces.push({ kind: 'hash' });
      at += 1;
    } else if (char === '{') {
      flush();
      const [piece, next] = parseArgument(source, at);
      pieces.push(piece);
      at = next;
    } else {
      text += char;
      at += 1;
    }
  }
  flush();
  return [pieces, at];
}

function parseArgument(source: string, open: number): [Piece, number] {
  const close = source.indexOf('}', open);
  const comma = source.indexOf(',', open);
  if (close === -1) throw new MessageSyntaxError(`a "{" at ${open} is never closed`);
  if (comma === -1 || comma > close) {
    const name = source.slice(open + 1, close).trim();
    if (!/^\w+$/.test(name)) throw new MessageSyntaxError(`"{${name}}" is not a slot name`);
    return [{ kind: 'slot', name }, close + 1];
  }
  const name = source.slice(open + 1, comma).trim();
  const rest = source.slice(comma + 1);
  const kind = /^\s*plural\s*,/.exec(rest);
  if (!/^\w+$/.test(name) || !kind) {
    throw new MessageSyntaxError(`only "{name}" and "{name, plural, …}" are understood`);
  }
  return parsePlural(source, name, comma + 1 + kind[0].length);
}

function parsePlural(source: string, name: string, start: number): [Plural, number] {
  const forms: Record<string, Piece[]> = {};
  let at = start;
  for (;;) {
    while (/\s/.test(source[at] ?? '')) at += 1;
    if (source[at] === '}') break;
    const selector = /^[^\s{}]+/.exec(source.slice(at))?.[0] ?? '';
    if (!PLURAL_FORM.test(selector)) {
      throw new MessageSyntaxError(`"${selector || source[at]}" is not a plural form`);
    }
    at += selector.length;
    while (/\s/.test(source[at] ?? '')) at += 1;
    if (source[at] !== '{') throw new MessageSyntaxError(`plural form "${selector}" has no text`);
    const [pieces, end] = parsePieces(source, at + 1, true);
    if (source[end] !== '}') throw new MessageSyntaxError(`plural form "${selector}" never ends`);
    forms[selector] = pieces;
    at = end + 1;
  }
  if (!forms.other) throw new MessageSyntaxError(`the plural of "${name}" has no "other" form`);
  return [{ kind: 'plural', name, forms }, at + 1];
}

/** Every slot a message uses, plural counts included. */
export function slotNames(pieces: Piece[], into = new Set<string>()): Set<string> {
  for (const piece of pieces) {
    if (piece.kind === 'slot') into.add(piece.name);
    if (piece.kind === 'plural') {
      into.add(piece.name);
      for (const form of Object.values(piece.forms)) slotNames(form, into);
    }
  }
  return into;
}

/** Plural forms a language needs (Intl.PluralRules), which every plural choice must offer. */
export function pluralFormsOf(language: string): string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
}

/**
 * What is wrong with a translation, compared with its en-GB original: a syntax error, a slot the
 * original does not fill (it would show as "{name}"), or a plural form the language needs but the
 * message lacks. Empty when it is fine.
 */
export function checkMessage(original: string, translation: string, language: string): string[] {
  let pieces: Piece[];
  try {
    pieces = parseMessage(translation);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  const known = slotNames(parseMessage(original));
  for (const name of slotNames(pieces)) {
    if (!known.has(name)) problems.push(`uses "{${name}}", which the English does not fill in`);
  }
  const needed = pluralFormsOf(language);
  const visit = (list: Piece[]) => {
    for (const piece of list) {
      if (piece.kind !== 'plural') continue;
      const missing = needed.filter((form) => !piece.forms[form]);
      if (missing.length > 0) {
        problems.push(`the plural of "${piece.name}" lacks the form(s) ${missing.join(', ')}`);
      }
      for (const form of Object.values(piece.forms)) visit(form);
    }
  };
  visit(pieces);
  return problems;
}

export type Formatters = {
  number: (value: number) => string;
  pluralForm: (value: number) => string;
};

/** Fills a parsed message in. A slot with no value stays visible as `{name}`, never blank. */
export function fillMessage(pieces: Piece[], params: MessageParams, format: Formatters): string {
  return fill(pieces, params, format, undefined);
}

function fill(
  pieces: Piece[],
  params: MessageParams,
  format: Formatters,
  count: number | undefined,
): string {
  let out = '';
  for (const piece of pieces) {
    if (piece.kind === 'text') out += piece.value;
    else if (piece.kind === 'hash') out += count === undefined ? '#' : format.number(count);
    else if (piece.kind === 'slot') {
      const value = params[piece.name];
      out += value === undefined ? `{${piece.name}}` : show(value, format);
    } else {
      const value = Number(params[piece.name]);
      const chosen =
        piece.forms[`=${value}`] ?? piece.forms[format.pluralForm(value)] ?? piece.forms.other;
      out += fill(chosen ?? [], params, format, value);
    }
  }
  return out;
}

// Numbers are written the local way: "20,000 characters", not "20000 characters".
const show = (value: string | number, format: Formatters) =>
  typeof value === 'number' ? format.number(value) : value;
