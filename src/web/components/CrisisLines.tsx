// "If you are in danger now…" and the crisis lines, from the one configuration file
// (src/domain/crisis/crisis-lines.ts). Always part of the page: never a pop-up, never in the
// way of the person's own plan.
import '../../domain/i18n/crisis-lines.messages.ts';
import { type ComponentChildren, Fragment } from 'preact';
import { CRISIS_LINES, smsHref, telHref } from '../../domain/crisis/crisis-lines.ts';
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

export function CrisisLines({ id = 'crisis-lines' }: { id?: string }) {
  const { danger, lines } = CRISIS_LINES;
  return (
    <section class="crisis-lines" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="crisis-lines__title">
        {t('crisis.title')}
      </h2>
      <p class="crisis-lines__danger">
        {withSlots(danger.messageKey, {
          number: (
            <a href={telHref(danger.number)} dir="ltr">
              {danger.number}
            </a>
          ),
        })}
      </p>
      <ul class="crisis-lines__list">
        {lines.map((line) => (
          <li key={line.id}>
            {line.kind === 'call' ? (
              <a href={telHref(line.number)} class="crisis-lines__link">
                {withSlots('crisis.call', {
                  name: t(line.nameKey),
                  number: <bdi dir="ltr">{line.number}</bdi>,
                })}
              </a>
            ) : (
              <a href={smsHref(line.number, line.word)} class="crisis-lines__link">
                {withSlots('crisis.text', {
                  word: <bdi dir="ltr">{line.word}</bdi>,
                  number: <bdi dir="ltr">{line.number}</bdi>,
                })}
              </a>
            )}{' '}
            <span class="crisis-lines__detail">{t(line.detailKey)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
