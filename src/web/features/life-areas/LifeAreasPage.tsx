import '../../../domain/i18n/life-areas.messages.ts';
import { useRef } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { type LifeArea, lifeAreaSchema } from '../../../domain/record/record.schema.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { UnreadableNotice } from '../../components/UnreadableNotice.tsx';
import { asApiError } from '../../lib/api.ts';
import { useRestoredNotice } from '../../lib/editor.ts';
import { useForm, validate } from '../../lib/form.ts';
import { dataOf } from '../../lib/resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { AreaRow } from './AreaRow.tsx';
import { type AreaItem, lifeAreas, useLifeAreas } from './life-areas.resource.ts';

/** Rename, add and remove the parts of life that goals belong to. */
export function LifeAreasPage() {
  const record = useRecord();
  const areas = useLifeAreas(record.personId);
  const notice = useNotice();
  const form = useForm<LifeArea>({ name: '' }, undefined, {
    form: 'life-area:new',
    owner: record.personId,
  });
  useRestoredNotice(form, notice);
  const heading = useRef<HTMLHeadingElement>(null);
  const api = lifeAreas(record.personId);
  const list = dataOf(areas.state)?.items ?? [];
  const unreadable = dataOf(areas.state)?.unreadable ?? [];
  const show = (items: AreaItem[]) => areas.replace({ items, unreadable });

  const add = (event: Event) => {
    event.preventDefault();
    const checked = validate(lifeAreaSchema, form.values);
    if (!checked.ok) return form.showErrors({ 'new-area': checked.errors.name ?? '' });
    form.clearErrors();
    return form.run(async () => {
      const created = await api.create(checked.data);
      show([...list, created]);
      form.set('name', '');
      notice.show({ message: t('areas.added', { name: created.data.name }) });
    });
  };

  const remove = async (area: AreaItem) => {
    const { name } = area.data;
    try {
      const removed = await api.remove(area.id, area.version);
      show(list.filter((a) => a.id !== area.id));
      heading.current?.focus();
      notice.show({
        message: t('areas.removed', { name }),
        undo: async () => {
          await api.undelete(area.id, removed.version);
          areas.refresh();
          return t('areas.restored', { name });
        },
      });
    } catch (error) {
      areas.refresh();
      notice.show({ message: asApiError(error).message, problem: true });
    }
  };

  const replaceArea = (changed: AreaItem) =>
    show(list.map((a) => (a.id === changed.id ? changed : a)));

  return (
    <>
      <PageHeading title={t('areas.title')} />
      <p class="lead">{t('areas.intro')}</p>
      <Notice state={notice} />
      <h2 id="areas-list" tabIndex={-1} ref={heading}>
        {t('areas.listTitle')}
      </h2>
      <Loaded resource={areas}>
        {({ items, unreadable }, empty) =>
          empty ? (
            <p class="invite">{t('areas.none')}</p>
          ) : (
            <>
              <UnreadableNotice kind="lifeArea" marks={unreadable} />
              {items.length > 0 && (
                <ul class="plain-list areas">
                  {items.map((area) => (
                    <AreaRow
                      key={area.id}
                      personId={record.personId}
                      area={area}
                      onSaved={(changed) => {
                        replaceArea(changed);
                        notice.show({ message: t('areas.renamed', { name: changed.data.name }) });
                      }}
                      onRemove={() => remove(area)}
                    />
                  ))}
                </ul>
              )}
            </>
          )
        }
      </Loaded>
      <h2>{t('areas.add')}</h2>
      <ErrorSummary errors={form.errors} formError={form.formError} attempt={form.attempt} />
      <form class="form" noValidate onSubmit={add}>
        <TextField
          id="new-area"
          label={t('areas.newName')}
          hint={t('areas.newName.hint')}
          width="half"
          value={form.values.name}
          error={form.errors['new-area']}
          onInput={(value) => form.set('name', value)}
        />
        <button type="submit" class="button button--secondary" disabled={form.busy}>
          {t('areas.add')}
        </button>
      </form>
      <p>
        <Link href="/goals">{t('areas.backToGoals')}</Link>
      </p>
    </>
  );
}
