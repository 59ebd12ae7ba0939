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
const CrisisLineList = lazyPart(loadList);
let listAskedFor = false;

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
  // The list's code is asked for as this first renders, a frame before its own part would ask
  // (after the paint). Not when this module loads: it sits in the file of code many pages share
  // (decision 0057), which pages without the lines load too.
  if (!listAskedFor) {
    listAskedFor = true;
    loadList().catch(() => undefined);
  }
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
