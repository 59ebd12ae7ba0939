// "Ideas for your life areas": start from another way of looking at one's life (a framing,
// domain/record/life-area-framings.ts), choose which of its areas to add, and add them in one
// step. Areas already in the list are shown, not added twice; nothing the person has is changed
// unless, while their areas are still the untouched starting set, they choose "Use these
// instead". Loaded on demand below the list (LifeAreasPage.tsx), with its own words.
import '../../../domain/i18n/framings.messages.ts';
import '../../../domain/i18n/life-areas.messages.ts';
import { useState } from 'preact/hooks';
import { formatList, t } from '../../../domain/i18n/translate.ts';
import type { AppliedFraming } from '../../../domain/record/life-area-framings.schema.ts';
import {
  areaNameKey,
  type FramingId,
  framingById,
  isUntouchedStartingSet,
  LIFE_AREA_FRAMINGS,
} from '../../../domain/record/life-area-framings.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { FieldError } from '../../components/fields.tsx';
import { api, asApiError, recordPath } from '../../lib/api.ts';
import { validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import type { AreaItem } from './life-areas.resource.ts';

// The shared schema arrives when first needed, as every form's does (lib/lazy-schema.ts).
const framingSchema = () =>
  import('../../../domain/record/life-area-framings.schema.ts').then((m) => m.applyFramingSchema);

type Props = {
  personId: string;
  areas: AreaItem[];
  /** The person's areas changed: what was added and taken away, and the words to say so. */
  onApplied: (applied: AppliedFraming, message: string) => void;
  /** The server refused because the areas changed elsewhere: read them again. */
  onStale: () => void;
};

const AREAS_ID = 'framing-areas';

export function FramingChooser({ personId, areas, onApplied, onStale }: Props) {
  const [framingId, setFramingId] = useState<FramingId | null>(null);
  /** The keys the person unticked (all are ticked when a framing is chosen). */
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [instead, setInstead] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ field?: string; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  usePrefetch(framingSchema);

  const framing = framingId ? framingById(framingId) : null;
  const canUseInstead =
    framing !== null &&
    framing.id !== 'everyday' &&
    isUntouchedStartingSet(
      areas.map((area) => ({ version: area.version, name: area.data.name })),
      t,
    );
  const replacing = canUseInstead && instead;
  const present = new Set(replacing ? [] : areas.map((area) => areaNameKey(area.data.name)));
  const offered = (framing?.areas ?? []).map((area) => ({
    key: area.key,
    name: t(area.nameKey),
    there: present.has(areaNameKey(t(area.nameKey))),
  }));
  const chosen = offered.filter((area) => !area.there && !unticked.has(area.key));

  const choose = (id: FramingId) => {
    setFramingId(id);
    setUnticked(new Set());
    setInstead(false);
    setProblem(null);
  };

  const tick = (key: string, on: boolean) => {
    const next = new Set(unticked);
    if (on) next.delete(key);
    else next.add(key);
    setUnticked(next);
  };

  const fail = (field: string | undefined, message: string) => {
    setProblem({ field, message });
    setAttempt((n) => n + 1);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!framing || busy) return;
    // Busy from the check on: it may wait for the schema's code (lib/lazy-schema.ts).
    setBusy(true);
    try {
      // The same checks the server makes: here, only "choose at least one" can fail.
      const checked = await validate(framingSchema, {
        framing: framing.id,
        areas: chosen.map((area) => area.key),
        instead: replacing,
      });
      if (!checked.ok) return fail(AREAS_ID, Object.values(checked.errors)[0] ?? '');
      const applied = await api.post<AppliedFraming>(
        recordPath(personId, '/life-areas/framings'),
        checked.data,
      );
      const names = applied.added.map((area) => area.data.name);
      const message =
        names.length === 0
          ? t('framing.chooser.nothingAdded')
          : t('framing.chooser.added', { count: names.length, names: formatList(names) });
      setFramingId(null);
      setProblem(null);
      onApplied(applied, message);
    } catch (error) {
      const refused = asApiError(error);
      if (refused.code === 'WM_LIFE_AREAS_IN_USE') onStale();
      fail(undefined, refused.message);
    } finally {
      setBusy(false);
    }
  };

  const errors: Record<string, string> =
    problem?.field === undefined ? {} : { [problem.field]: problem.message };
  return (
    <section class="framings" aria-labelledby="framings-title">
      <h2 id="framings-title">{t('framing.chooser.title')}</h2>
      <p>{t('framing.chooser.intro')}</p>
      <ErrorSummary
        errors={errors}
        formError={problem && problem.field === undefined ? problem.message : null}
        attempt={attempt}
      />
      <form class="form" noValidate onSubmit={submit}>
        <fieldset class="fieldset">
          <legend class="label">{t('framing.chooser.which')}</legend>
          <div class="radios">
            {LIFE_AREA_FRAMINGS.map((option) => (
              <div class="radio" key={option.id}>
                <input
                  class="radio__input"
                  type="radio"
                  id={`framing-${option.id}`}
                  name="framing"
                  value={option.id}
                  checked={framingId === option.id}
                  aria-describedby={`framing-${option.id}-hint`}
                  onChange={() => choose(option.id)}
                />
                <div>
                  <label class="radio__label checkbox__label--block" for={`framing-${option.id}`}>
                    {t(option.titleKey)}
                  </label>
                  <p class="hint" id={`framing-${option.id}-hint`}>
                    {t(option.descriptionKey)}
                  </p>
                </div>
              </div>
            ))}
          </div>
        </fieldset>
        {framing && canUseInstead && (
          <fieldset class="fieldset">
            <legend class="label">{t('framing.chooser.how')}</legend>
            <div class="radios">
              <div class="radio">
                <input
                  class="radio__input"
                  type="radio"
                  id="framing-how-add"
                  name="framing-how"
                  checked={!instead}
                  onChange={() => setInstead(false)}
                />
                <label class="radio__label" for="framing-how-add">
                  {t('framing.chooser.how.add')}
                </label>
              </div>
              <div class="radio">
                <input
                  class="radio__input"
                  type="radio"
                  id="framing-how-instead"
                  name="framing-how"
                  checked={instead}
                  aria-describedby="framing-how-instead-hint"
                  onChange={() => setInstead(true)}
                />
                <div>
                  <label class="radio__label checkbox__label--block" for="framing-how-instead">
                    {t('framing.chooser.how.instead')}
                  </label>
                  <p class="hint" id="framing-how-instead-hint">
                    {t('framing.chooser.how.instead.hint')}
                  </p>
                </div>
              </div>
            </div>
          </fieldset>
        )}
        {framing && (
          <div class={problem?.field === AREAS_ID ? 'field field--error' : 'field'}>
            <fieldset
              class="fieldset"
              id={AREAS_ID}
              tabIndex={-1}
              aria-describedby={`${AREAS_ID}-hint`}
            >
              <legend class="label">
                {t('framing.chooser.areas', { title: t(framing.titleKey) })}
              </legend>
              <p class="hint" id={`${AREAS_ID}-hint`}>
                {t('framing.chooser.areas.hint')}
              </p>
              <FieldError
                id={AREAS_ID}
                error={problem?.field === AREAS_ID ? problem.message : undefined}
              />
              <div class="checkboxes">
                {offered.map((area) => (
                  <div class="checkbox" key={area.key}>
                    <input
                      class="checkbox__input"
                      type="checkbox"
                      id={`framing-area-${area.key}`}
                      checked={!area.there && !unticked.has(area.key)}
                      disabled={area.there}
                      onChange={(event) => tick(area.key, event.currentTarget.checked)}
                    />
                    <label class="checkbox__label" for={`framing-area-${area.key}`}>
                      {area.there
                        ? t('framing.chooser.alreadyThere', { name: area.name })
                        : area.name}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        )}
        {framing &&
          (offered.every((area) => area.there) ? (
            <p>{t('framing.chooser.allThere')}</p>
          ) : (
            <button type="submit" class="button button--secondary" disabled={busy}>
              {t('framing.chooser.add')}
            </button>
          ))}
      </form>
    </section>
  );
}
