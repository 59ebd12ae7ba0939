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
    filled[name] = typeof value === 'string' ? valueWords(value) : value;
  return t(key, filled);
}

// A value can quote what someone sent (a linkId, an answer code), and text sent can look like a
// message made by say(): only a key with words is worded, so such text is shown as it was sent.
function valueWords(text: string): string {
  const said = readSaid(text);
  return said && hasMessage(said.key) ? wordsOf(said) : text;
}

/** The words of a message made by say(); plain text is given back as it is. */
export function wordsFor(text: string): string {
  const said = readSaid(text);
  return said ? wordsOf(said) : text;
}
