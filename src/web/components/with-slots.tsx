// Words with elements in them, for the crisis lines (CrisisLines.tsx, CrisisLineList.tsx).
import { type ComponentChildren, Fragment } from 'preact';
import { type MessageKey, t } from '../../domain/i18n/translate.ts';

/**
 * A message with `{slot}`s filled by elements, such as a phone number that is a link. Numbers
 * and the word to text are put in a `<bdi dir="ltr">`: in an Urdu sentence "116 123" would
 * otherwise show as "123 116".
 */
export function withSlots(key: MessageKey, slots: Record<string, ComponentChildren>) {
  return t(key)
    .split(/(\{\w+\})/)
    .map((part, index) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return (
        <Fragment key={index}>{name !== undefined && name in slots ? slots[name] : part}</Fragment>
      );
    });
}
