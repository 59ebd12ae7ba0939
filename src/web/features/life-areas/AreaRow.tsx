import { useState } from 'preact/hooks';
import { t } from '../../../domain/i18n/translate.ts';
import { type LifeArea, lifeAreaSchema } from '../../../domain/record/record.schema.ts';
import { ConflictPanel } from '../../components/ConflictPanel.tsx';
import { FieldError } from '../../components/fields.tsx';
import { isConflict, type Saved, savedVersionOf } from '../../lib/conflict.ts';
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
  const form = useForm<LifeArea>({ name: area.data.name });
  const [conflict, setConflict] = useState<Saved<LifeArea> | null>(null);
  const id = `area-${area.id}`;
  const error = form.errors.name ?? form.formError ?? undefined;
  const which = <span class="visually-hidden">{t('app.quoted', { text: area.data.name })}</span>;

  const rename = (version: number) => {
    const checked = validate(lifeAreaSchema, form.values);
    if (!checked.ok) return form.showErrors(checked.errors);
    form.clearErrors();
    return form.run(async () => {
      try {
        const saved = await lifeAreas(personId).update(area.id, checked.data, version);
        setConflict(null);
        onSaved(saved);
      } catch (caught) {
        if (!isConflict(caught)) throw caught;
        setConflict(savedVersionOf<LifeArea>(caught) ?? (await lifeAreas(personId).get(area.id)));
      }
    });
  };

  return (
    <li class="area">
      {conflict && (
        <ConflictPanel
          rows={[{ label: t('areas.name'), yours: form.values.name, saved: conflict.data.name }]}
          savedAt={conflict.updatedAt}
          busy={form.busy}
          onUseSaved={() => {
            form.set('name', conflict.data.name);
            setConflict(null);
            onSaved({ ...area, version: conflict.version, data: conflict.data });
          }}
          onKeepMine={() => rename(conflict.version)}
        />
      )}
      <form
        class={error ? 'area__form field--error' : 'area__form'}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          return rename(area.version);
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
