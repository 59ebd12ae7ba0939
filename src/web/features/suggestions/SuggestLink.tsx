// The small parts of suggestions shown on other features' pages, kept in one module (one
// chunk) with their few words, so those pages load little: "Suggest a change" on a shared page,
// for someone the person gave "suggest" on its section, which opens the suggestion form in place
// (its code and words load only then); who wrote the version of a plan shown and who agreed it
// (AgreedLine.tsx, re-exported); and on Home, how many suggestions wait (decision 0029).
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import '../../../domain/i18n/suggest-link.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { Section } from '../../../domain/record/sections.ts';
import type { SuggestableKind } from '../../../domain/suggestions/suggestion-count.schema.ts';
import { readSuggestionCount } from '../../../domain/suggestions/suggestion-count.ts';
import { api, recordPath } from '../../lib/api.ts';
import { lazyPart } from '../../lib/lazy.tsx';
import { dataOf, useResource } from '../../lib/resource.ts';
import { useRecord } from '../record/RecordContext.tsx';

// Who wrote and agreed a version: its own small module, shown with these on the plans.
export { AgreedLine } from './AgreedLine.tsx';

/** The section of each kind (SECTION_OF_KIND), here so this small chunk needs nothing more. */
const SECTION: Readonly<Record<SuggestableKind, Section>> = {
  about_me: 'about_me',
  goal: 'goals',
  staying_well: 'staying_well',
  crisis_plan: 'crisis_plan',
  safety_plan: 'safety_plan',
  after_crisis: 'after_crisis',
  moving_on: 'moving_on',
};

const SuggestForm = lazyPart(() => import('./SuggestForm.tsx').then((m) => m.SuggestForm));

export function SuggestLink({ kind, id }: { kind: SuggestableKind; id?: string }) {
  const record = useRecord();
  const [open, setOpen] = useState(false);
  if (!record.canSuggest?.(SECTION[kind])) return null;
  if (open) return <SuggestForm kind={kind} id={id} />;
  return (
    <p>
      <button type="button" class="button button--secondary" onClick={() => setOpen(true)}>
        {t(kind === 'goal' && !id ? 'suggest.newGoal' : 'suggest.link')}
      </button>
    </p>
  );
}

/**
 * On Home: how many suggestions wait for the person, with the way to them. Nothing while it
 * loads, when none wait, or if the count cannot be read: Home is never held up by it.
 */
export function SuggestionsWaiting({ personId }: { personId: string }) {
  const count = useResource(
    async (signal) => {
      const body = await api.get<unknown>(recordPath(personId, '/suggestions/count'), signal);
      const read = readSuggestionCount(body);
      if (!read) throw new Error('The count of waiting suggestions is not readable.');
      return read.pending;
    },
    [personId],
  );
  const pending = dataOf(count.state) ?? 0;
  if (pending === 0) return null;
  return (
    <section aria-labelledby="suggestions-waiting" class="panel">
      <h2 id="suggestions-waiting">{t('suggestions.homeCount', { count: pending })}</h2>
      <p>
        <Link href="/suggestions">{t('suggestions.homeLink')}</Link>
      </p>
    </section>
  );
}
