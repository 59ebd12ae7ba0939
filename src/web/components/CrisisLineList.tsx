// The crisis lines of the installation's country, below the "in danger now" line
// (CrisisLines.tsx), with the presets and their words: part of the first load of every page
// that shows the lines, so they are there from its first paint (decision 0057; decision 0034
// had loaded them just after, which moved the page below them when they came). The server names
// the country in the app page (a meta tag, like the quick-exit address): known from the first
// paint, signed out and offline.
import { useMemo } from 'preact/hooks';
import {
  CRISIS_COUNTRY_META,
  type CrisisCountry,
  DEFAULT_CRISIS_COUNTRY,
  isCrisisCountry,
} from '../../domain/crisis/countries.ts';
import { crisisLinesFor } from '../../domain/crisis/crisis-line-presets.ts';
import { smsHref, telHref } from '../../domain/crisis/crisis-lines.ts';
import { t } from '../../domain/i18n/translate.ts';
import { withSlots } from './with-slots.tsx';

/** The installation's country, from the app page; England when the page names none. */
export function installationCountry(): CrisisCountry {
  const value = document.querySelector<HTMLMetaElement>(
    `meta[name="${CRISIS_COUNTRY_META}"]`,
  )?.content;
  return isCrisisCountry(value) ? value : DEFAULT_CRISIS_COUNTRY;
}

export default function CrisisLineList() {
  // The country is fixed for the page's life (the app page names it).
  const { lines } = useMemo(() => crisisLinesFor(installationCountry()), []);
  return (
    <ul class="crisis-lines__list">
      {lines.map((line) => (
        <li key={line.id}>
          {line.kind === 'call' ? (
            <a href={telHref(line.number)} class="crisis-lines__link">
              {/* Numbers keep their order in a right-to-left sentence (withSlots). */}
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
  );
}
