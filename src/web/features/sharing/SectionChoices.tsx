// The choice of sections, one checkbox each with "they can also suggest changes" under a shared
// one: the same choices when changing what someone sees and when connecting to a team.
import type { ComponentChildren } from 'preact';
import type { Section } from '../../../domain/record/sections.ts';
import { SHAREABLE_SECTIONS } from '../../../domain/sharing/share-choices.ts';
import { sectionName } from './SharedRecord.tsx';
import { SuggestToo } from './SuggestToo.tsx';

/** The set with `section` in it or not. */
export function toggled(
  set: ReadonlySet<Section>,
  section: Section,
  on: boolean,
): ReadonlySet<Section> {
  const next = new Set(set);
  if (on) next.add(section);
  else next.delete(section);
  return next;
}

export function SectionChoices({
  id,
  legend,
  hint,
  shared,
  suggest,
  onShared,
  onSuggest,
}: {
  id: string;
  legend: ComponentChildren;
  hint?: string;
  shared: ReadonlySet<Section>;
  suggest: ReadonlySet<Section>;
  onShared: (shared: ReadonlySet<Section>) => void;
  onSuggest: (suggest: ReadonlySet<Section>) => void;
}) {
  return (
    <fieldset class="fieldset" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend class="label">{legend}</legend>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {SHAREABLE_SECTIONS.map((section) => (
        <div class="checkbox" key={section}>
          <input
            class="checkbox__input"
            type="checkbox"
            id={`${id}-${section}`}
            checked={shared.has(section)}
            onChange={() => onShared(toggled(shared, section, !shared.has(section)))}
          />
          <label class="checkbox__label" for={`${id}-${section}`}>
            {sectionName(section)}
          </label>
          {shared.has(section) && (
            <SuggestToo
              id={`${id}-${section}-suggest`}
              section={section}
              name={sectionName(section)}
              checked={suggest.has(section)}
              onChange={(on) => onSuggest(toggled(suggest, section, on))}
            />
          )}
        </div>
      ))}
    </fieldset>
  );
}

/** What the choices give, as the API takes it: each shareable section's level. */
export function chosenSections(shared: ReadonlySet<Section>, suggest: ReadonlySet<Section>) {
  return Object.fromEntries(
    SHAREABLE_SECTIONS.map((section) => [
      section,
      !shared.has(section) ? 'none' : suggest.has(section) ? 'suggest' : 'view',
    ]),
  ) as Record<(typeof SHAREABLE_SECTIONS)[number], 'none' | 'view' | 'suggest'>;
}
