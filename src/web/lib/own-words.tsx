// The person's own words inside a sentence of the page's language. A name, a goal's title or a
// life area may be written in another script than the page: Urdu in an English sentence,
// English in an Urdu one. Each goes in a <bdi> of its own, so its direction comes from its own
// letters and the sentence's punctuation stays where the sentence put it. The words themselves
// are never changed: no marks are added to them, in the page or when copied.
import { type ComponentChildren, Fragment } from 'preact';
import { type MessageKey, type MessageParams, t } from '../../domain/i18n/translate.ts';

// Private-use characters, which no catalogue holds: they mark where each slot went in t()'s text.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/**
 * `key`'s words, with each slot named in `own` filled: a string (the person's words) in a <bdi>,
 * an element (such as a phone number's link) as it is. `params` are filled in by t() as usual,
 * so numbers keep their local form and plural. Returns text as it is when no slot is used.
 */
export function sentence(
  key: MessageKey,
  own: Record<string, ComponentChildren>,
  params: MessageParams = {},
): ComponentChildren {
  const slots: ComponentChildren[] = [];
  const marked: MessageParams = { ...params };
  for (const [name, value] of Object.entries(own)) {
    marked[name] = `${OPEN}${slots.length}${CLOSE}`;
    slots.push(typeof value === 'string' ? <bdi>{value}</bdi> : value);
  }
  const parts = t(key, marked).split(SLOT);
  if (parts.length === 1) return parts[0];
  // split() with a capture group puts each slot's number at the odd places.
  return parts.map((part, index) =>
    index % 2 === 0 ? part : <Fragment key={index}>{slots[Number(part)]}</Fragment>,
  );
}

/**
 * A phone number, an address or a code: always read left to right, even in an Urdu sentence
 * (where "116 123" would otherwise show as "123 116").
 */
export function LeftToRight({ children }: { children: ComponentChildren }) {
  return <bdi dir="ltr">{children}</bdi>;
}
