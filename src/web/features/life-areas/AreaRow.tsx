import '../../../domain/i18n/life-areas.messages.ts';
import { useState } from 'preact/hooks';
import { t } from '../../../domain/i18n/translate.ts';
import { type LifeArea, lifeAreaSchema } from '../../../domain/record/record.schema.ts';
import { ConflictPanel } from '../../components/ConflictPanel.tsx';
import { FieldError } from '../../components/fields.tsx';
import type { Saved } from '../../lib/conflict.ts';
import { type Conflicted, saveMerging } from '../../lib/editor.ts';
import { useForm, validate } from '../../lib/form.ts';
import { type AreaItem, lifeAreas } from './life-areas.resource.ts';

type Props = {
  personId: string;
  area: AreaItem;
  onSaved: (area: AreaItem) => void;
  onRemove: () => void;
};

/** One life area: its name can be changed in place, or the area removed (with Undo). */
export function AreaRow({ personId, area, onSaved, onRemove }: Props) {
  const form = useForm<LifeArea>({ name: area.data.name }, undefined, {
    form: `life-area:${area.id}`,
    owner: personId,
  });
  const [conflict, setConflict] = useState<Conflicted<LifeArea> | null>(null);
  const id = `area-${area.id}`;
  const error = form.errors.name ?? form.formError ?? undefined;
  const which = <span class="visually-hidden">{t('app.quoted', { text: area.data.name })}</span>;

  /** Saves the name over `base`, merging with a change made elsewhere meanwhile. */
  const save = (mine: LifeArea, base: Saved<LifeArea>) =>
    form.run(async () => {
      const outcome =
        JSON.stringify(mine) === JSON.stringify(base.data)
          ? { saved: base, merged: false }
          : await saveMerging({
              base,
              mine,
              save: (data, version) => lifeAreas(personId).update(area.id, data, version),
              load: () => lifeAreas(personId).get(area.id),
            });
      if (outcome.conflict) return setConflict(outcome.conflict);
      const { saved } = outcome;
      setConflict(null);
      form.setValues(saved.data);
      form.saved(saved.data);
      onSaved({ ...area, version: saved.version, data: saved.data });
    });

  const rename = () => {
    const checked = validate(lifeAreaSchema, form.values);
    if (!checked.ok) return form.showErrors(checked.errors);
    form.clearErrors();
    return save(checked.data, area);
  };

  return (
    <li class="area">
      {conflict && (
        <ConflictPanel
          rows={[
            { label: t('areas.name'), yours: conflict.yours.name, saved: conflict.theirs.name },
          ]}
          savedAt={conflict.saved.updatedAt}
          busy={form.busy}
          onUseSaved={() => save(conflict.theirs, conflict.saved)}
          onKeepMine={() => save(conflict.yours, conflict.saved)}
        />
      )}
      <form
        class={error ? 'area__form field--error' : 'area__form'}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          return rename();
        }}
      >
        <label class="label" for={id}>
          {t('areas.nameFor', { name: area.data.name })}
        </label>
        <div role="alert">
          <FieldError id={id} error={error} />
        </div>
        <div class="area__controls">
          <input
            class="input input--half"
            id={id}
            value={form.values.name}
            aria-describedby={error ? `${id}-error` : undefined}
            aria-invalid={error ? true : undefined}
            onInput={(event) => form.set('name', event.currentTarget.value)}
          />
          <button type="submit" class="button button--secondary" disabled={form.busy}>
            {t('areas.rename')} {which}
          </button>
          <button type="button" class="button button--quiet" onClick={onRemove}>
            {t('areas.removeShort')} {which}
          </button>
        </div>
      </form>
    </li>
  );
}
