// "If you are in danger now…" and the crisis lines of the installation's country
// (src/domain/crisis/, decision 0034). Always part of the page: never a pop-up, never in the
// way of the person's own plan. The "in danger now" line is there from the first paint (999 in
// every preset); the other lines follow as soon as their small module has arrived
// (CrisisLineList.tsx).
import '../../domain/i18n/crisis-lines.messages.ts';
import { type ComponentChildren, Fragment } from 'preact';
import { DANGER_LINE, telHref } from '../../domain/crisis/crisis-lines.ts';
import { type MessageKey, t } from '../../domain/i18n/translate.ts';
import { lazyPart } from '../lib/lazy.tsx';

const loadList = () => import('./CrisisLineList.tsx').then((m) => m.default);
// Asked for as soon as a page that shows the lines is loaded, before it first renders.
loadList().catch(() => undefined);
const CrisisLineList = lazyPart(loadList);

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

export function CrisisLines({ id = 'crisis-lines' }: { id?: string }) {
  return (
    <section class="crisis-lines" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="crisis-lines__title">
        {t('crisis.title')}
      </h2>
      <p class="crisis-lines__danger">
        {withSlots(DANGER_LINE.messageKey, {
          number: (
            <a href={telHref(DANGER_LINE.number)} dir="ltr">
              {DANGER_LINE.number}
            </a>
          ),
        })}
      </p>
      <CrisisLineList />
    </section>
  );
}
