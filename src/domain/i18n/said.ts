// Words to be said later, in whoever's language reads them (issue 13). A schema or a domain rule
// cannot know who will read its refusal: the server sends the message key and its values, and the
// browser words them in the person's language. zod keeps an issue's message as a string, so a
// message to say later travels as one: a marker, then the key and values as JSON. A value can
// itself be a message ("Try again in {wait}", with the wait in words): it is passed as a Said
// object, never as text, so text a person sent can never pass for a message.
import { hasMessage, type MessageKey, type MessageParams, t } from './translate.ts';

const MARK = '\u0002';

/** A message's key and values, without its words. A value may be a message itself. */
export type Said = { key: MessageKey; params?: SaidParams };
export type SaidParams = Record<string, string | number | Said>;

/** A message to be worded later, by whoever reads it, in their own language. */
export function say(key: MessageKey, params?: SaidParams): string {
  return params && Object.keys(params).length > 0
    ? `${MARK}${JSON.stringify([key, params])}`
    : `${MARK}${JSON.stringify([key])}`;
}

/** A message to be a value of another (say('error.…', { wait: saidValue('time.minutes', …) })). */
export function saidValue(key: MessageKey, params?: SaidParams): Said {
  return params ? { key, params } : { key };
}

/** A message made by say() here, as a value of another; only for our own messages, never text sent. */
export function asValue(ours: string): Said | string {
  return readSaid(ours) ?? ours;
}

/** The key and values of a message made by say(), or undefined for plain text. */
export function readSaid(text: string): Said | undefined {
  if (!text.startsWith(MARK)) return undefined;
  try {
    const [key, params] = JSON.parse(text.slice(MARK.length)) as [MessageKey, SaidParams?];
    return params ? { key, params } : { key };
  } catch {
    return undefined;
  }
}

/** The words of a key and values in the language now, wording any value that is a message. */
export function wordsOf({ key, params }: Said): string {
  if (!params) return t(key);
  const filled: MessageParams = {};
  for (const [name, value] of Object.entries(params))
    filled[name] = typeof value === 'object' ? wordsOf(value) : value;
  return t(key, filled);
}

/** The words of a message made by say(); plain text is given back as it is. */
export function wordsFor(text: string): string {
  const said = readSaid(text);
  return said ? wordsOf(said) : text;
}

/**
 * A message as the API sends it: its key as `code` and its values, where a value that is itself
 * a message is sent the same way. Command-line tools and other clients can word it from the
 * catalogue; the answer also carries `message`, worded in the request's language.
 */
export type SaidCode = { code: string; params?: Record<string, string | number | SaidCode> };

function codeOfSaid({ key, params }: Said): SaidCode {
  if (!params) return { code: key };
  const sent: NonNullable<SaidCode['params']> = {};
  for (const [name, value] of Object.entries(params))
    sent[name] = typeof value === 'object' ? codeOfSaid(value) : value;
  return { code: key, params: sent };
}

/** A message made by say() as the API sends it; plain text becomes the general "not valid". */
export function codeOf(text: string): SaidCode {
  const said = readSaid(text);
  return said ? codeOfSaid(said) : { code: 'validation.invalid' };
}

/**
 * Words shown on their own, as a sentence, start with a capital letter. A problem found in a
 * questionnaire starts with where it is ("item "q3": …"), which in a sentence of its own is
 * "Item "q3": …"; scripts without capitals are left as they are.
 */
export function asSentence(words: string, language: string): string {
  const first = words.codePointAt(0);
  if (first === undefined) return words;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase(language) + words.slice(letter.length);
}

/** The words of a message as the API sent it, or undefined when one of its keys has no words here. */
export function wordsOfCode({ code, params }: SaidCode): string | undefined {
  if (!hasMessage(code)) return undefined;
  const filled: MessageParams = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value !== 'object') filled[name] = value;
    else {
      const inner = wordsOfCode(value);
      if (inner === undefined) return undefined;
      filled[name] = inner;
    }
  }
  return t(code, filled);
}
