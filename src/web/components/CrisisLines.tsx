// "If you are in danger now…" and the crisis lines of the installation's country
// (src/domain/crisis/, decision 0034). Always part of the page: never a pop-up, never in the
// way of the person's own plan. All of it is there from the first paint: the lines below the
// "in danger now" line (CrisisLineList.tsx) come with the page's code and their words with its
// words, so nothing on the page moves when they arrive (decision 0057).
import '../../domain/i18n/crisis-lines.messages.ts';
import { DANGER_LINE, telHref } from '../../domain/crisis/crisis-lines.ts';
import { t } from '../../domain/i18n/translate.ts';
import CrisisLineList from './CrisisLineList.tsx';
import { withSlots } from './with-slots.tsx';

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
