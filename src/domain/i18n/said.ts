// Words to be said later, in whoever's language reads them (issue 13). A schema or a domain rule
// cannot know who will read its refusal: the server sends the message key and its values, and the
// browser words them in the person's language. zod keeps an issue's message as a string, so a
// message to say later travels as one: a marker, then the key and values as JSON. A value can
// itself be a message to say later ("item 3: this is missing"), worded in the same language.
import { hasMessage, type MessageKey, type MessageParams, t } from './translate.ts';

const MARK = '\u0002';

/** A message's key and values, without its words. */
export type Said = { key: MessageKey; params?: MessageParams };

/** A message to be worded later, by whoever reads it, in their own language. */
export function say(key: MessageKey, params?: MessageParams): string {
  return params && Object.keys(params).length > 0
    ? `${MARK}${JSON.stringify([key, params])}`
    : `${MARK}${JSON.stringify([key])}`;
}

/** The key and values of a message made by say(), or undefined for plain text. */
export function readSaid(text: string): Said | undefined {
  if (!text.startsWith(MARK)) return undefined;
  try {
    const [key, params] = JSON.parse(text.slice(MARK.length)) as [MessageKey, MessageParams?];
    return params ? { key, params } : { key };
  } catch {
    return undefined;
  }
}

/** The words of a key and values in the language now, wording any value made by say() too. */
export function wordsOf({ key, params }: Said): string {
  if (!params) return t(key);
  const filled: MessageParams = {};
  for (const [name, value] of Object.entries(params))
    filled[name] = typeof value === 'string' ? wordsFor(value) : value;
  return t(key, filled);
}

/** The words of a message made by say(); plain text is given back as it is. */
export function wordsFor(text: string): string {
  const said = readSaid(text);
  return said ? wordsOf(said) : text;
}

/**
 * A message as the API sends it: its key as `code` and its values, where a value that is itself
 * a message to word is sent the same way. Command-line tools and other clients can word it from
 * the catalogue; the answer also carries `message`, worded in the request's language.
 */
export type SaidCode = { code: string; params?: Record<string, string | number | SaidCode> };

/** A message made by say() as the API sends it; plain text becomes the general "not valid". */
export function codeOf(text: string): SaidCode {
  const said = readSaid(text);
  if (!said) return { code: 'validation.invalid' };
  if (!said.params) return { code: said.key };
  const params: SaidCode['params'] = {};
  for (const [name, value] of Object.entries(said.params))
    params[name] = typeof value === 'string' && readSaid(value) ? codeOf(value) : value;
  return { code: said.key, params };
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
