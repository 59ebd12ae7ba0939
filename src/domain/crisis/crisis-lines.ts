// The crisis lines shown on the crisis plan, the safety plan, the emergency-link page, after a
// questionnaire answer that signals risk, and on every page a signed-out person reaches. Which
// lines depends on the installation's country (countries.ts, decision 0034): the presets are in
// crisis-line-presets.ts, loaded on demand. This small part is in the first load of the pages
// that show them: the shapes, the "in danger now" line (the same in every preset, so it never
// waits for a download), and the links.
import '../i18n/crisis-lines.messages.ts';
import type { MessageKey } from '../i18n/translate.ts';

import type { CrisisCountry } from './countries.ts';

export type CrisisLine =
  | { id: string; kind: 'call'; number: string; nameKey: MessageKey; detailKey: MessageKey }
  /** A text service: `word` is what to send to `number`. */
  | {
      id: string;
      kind: 'text';
      number: string;
      word: string;
      nameKey: MessageKey;
      detailKey: MessageKey;
    };

export type CrisisLines = {
  country: CrisisCountry;
  /** "If you are in danger now, call {number} or go to A&E." */
  danger: { number: string; messageKey: MessageKey };
  /** Shown in this order, after the "in danger now" line, which always comes first. */
  lines: readonly CrisisLine[];
};

/**
 * 999 is the emergency number in all four nations, so every preset shares this line and a page
 * can show it before the rest of the lines have loaded. A preset for a country with another
 * number would carry its own (decision 0034).
 */
export const DANGER_LINE: CrisisLines['danger'] = { number: '999', messageKey: 'crisis.danger' };

/** A `tel:` address from a number as people write it: "116 123" → "tel:116123". */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}

/** An `sms:` address with the message filled in where the phone supports it. */
export function smsHref(number: string, word: string): string {
  // "?&body=" is read by both Android and iOS messaging apps.
  return `sms:${number.replace(/[^0-9+]/g, '')}?&body=${encodeURIComponent(word)}`;
}
