// The crisis lines shown on the crisis plan, the safety plan and the emergency-link page.
// One place to change them: a service in another nation or country edits this file (numbers)
// and the `crisis.*` messages in its catalogue (words). Shown in this order, after the
// "in danger now" line, which always comes first.
import '../i18n/crisis-lines.messages.ts';
import type { MessageKey } from '../i18n/translate.ts';

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
  /** "If you are in danger now, call {number} or go to A&E." */
  danger: { number: string; messageKey: MessageKey };
  lines: readonly CrisisLine[];
};

export const CRISIS_LINES: CrisisLines = {
  danger: { number: '999', messageKey: 'crisis.danger' },
  lines: [
    {
      id: 'nhs-111',
      kind: 'call',
      number: '111',
      nameKey: 'crisis.nhs111.name',
      detailKey: 'crisis.nhs111.detail',
    },
    {
      id: 'samaritans',
      kind: 'call',
      number: '116 123',
      nameKey: 'crisis.samaritans.name',
      detailKey: 'crisis.samaritans.detail',
    },
    {
      id: 'shout',
      kind: 'text',
      number: '85258',
      word: 'SHOUT',
      nameKey: 'crisis.shout.name',
      detailKey: 'crisis.shout.detail',
    },
  ],
};

/** A `tel:` address from a number as people write it: "116 123" → "tel:116123". */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}

/** An `sms:` address with the message filled in where the phone supports it. */
export function smsHref(number: string, word: string): string {
  // "?&body=" is read by both Android and iOS messaging apps.
  return `sms:${number.replace(/[^0-9+]/g, '')}?&body=${encodeURIComponent(word)}`;
}
