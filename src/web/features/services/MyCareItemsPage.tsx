// A service admin's "my care" items (issue 14, decision 0042): what people rate about their care
// before a review, beside their life areas. The admin adds, renames, moves (with buttons, so the
// keyboard does it too) and stops using items; an item is never deleted, so past reviews keep
// it. Every change names the list's version: if someone else changed it first, the page says so
// and shows the list as it is now.
import '../../../domain/i18n/services.messages.ts';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import type { MyCareItem, MyCareList } from '../../../domain/services/my-care-items.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/fields.tsx';
import { Notice, type NoticeState, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError } from '../../lib/api.ts';
import { useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { sentence } from '../../lib/own-words.tsx';
import { useResource } from '../../lib/resource.ts';
import {
  addMyCareItem,
  archiveMyCareItem,
  listMyCare,
  moveMyCareItem,
  renameMyCareItem,
} from './library.resource.ts';
import { ServiceLoadProblem } from './ServiceLoadProblem.tsx';

const labelSchema = () =>
  import('../../../domain/services/my-care-items.ts').then((m) => m.myCareLabelSchema);

/** The item's words in one form: adding a new item, or renaming one. */
function LabelForm({
  id,
  title,
  label,
  submit,
  initial = '',
  onDone,
  onCancel,
}: {
  id: string;
  title: string;
  label: string;
  submit: string;
  initial?: string;
  onDone: (label: string) => Promise<void>;
  onCancel?: () => void;
}) {
  const form = useForm({ label: initial });
  const { values, errors } = form;
  usePrefetch(labelSchema);
  useEffect(() => {
    if (onCancel) document.getElementById(id)?.focus();
  }, []);
  const send = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const checked = await validate(labelSchema, values);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      await onDone(checked.data.label);
      form.setValues({ label: '' });
    });
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ErrorSummary
        errors={errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={() => id}
      />
      <form class="form" noValidate onSubmit={send}>
        <TextField
          id={id}
          label={label}
          width="half"
          value={values.label}
          error={errors.label}
          onInput={(value) => form.set('label', value)}
        />
        <div class="button-group">
          <button type="submit" class="button" disabled={form.busy}>
            {submit}
          </button>
          {onCancel && (
            <button type="button" class="button button--secondary" onClick={onCancel}>
              {t('myCare.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

const buttonId = (item: MyCareItem, action: string) => `${action}-${item.id}`;

function ItemRow({
  item,
  first,
  last,
  busy,
  onMove,
  onRename,
  onArchive,
}: {
  item: MyCareItem;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (direction: 'up' | 'down') => void;
  onRename: () => void;
  onArchive: () => void;
}) {
  return (
    <li class="card">
      <h3 class="card__title">
        <bdi>{item.label}</bdi>
      </h3>
      <div class="button-group">
        <button
          type="button"
          id={buttonId(item, 'up')}
          class="button button--secondary"
          disabled={busy || first}
          onClick={() => onMove('up')}
        >
          {sentence('myCare.moveUp', { label: item.label })}
        </button>
        <button
          type="button"
          id={buttonId(item, 'down')}
          class="button button--secondary"
          disabled={busy || last}
          onClick={() => onMove('down')}
        >
          {sentence('myCare.moveDown', { label: item.label })}
        </button>
        <button type="button" class="button button--secondary" disabled={busy} onClick={onRename}>
          {sentence('myCare.rename', { label: item.label })}
        </button>
        <button type="button" class="button button--secondary" disabled={busy} onClick={onArchive}>
          {sentence('myCare.archive', { label: item.label })}
        </button>
      </div>
    </li>
  );
}

function Items({
  list,
  notice,
  reload,
}: {
  list: MyCareList;
  notice: NoticeState;
  reload: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [renaming, setRenaming] = useState<MyCareItem | null>(null);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  // After a move, the same button of the moved item keeps the focus (or its other one, at an end).
  useEffect(() => {
    if (!focusAfter) return;
    const [wanted, other] = focusAfter.split('|');
    const target = document.getElementById(wanted ?? '') as HTMLButtonElement | null;
    (target && !target.disabled ? target : document.getElementById(other ?? ''))?.focus();
    setFocusAfter(null);
  }, [list]);
  const inUse = list.items.filter((item) => item.archivedAt === null);
  const archived = list.items.filter((item) => item.archivedAt !== null);

  /** A conflict reloads the list: what the admin sees is then what they would change. */
  const act = async (action: () => Promise<unknown>, done: ComponentChildren | null) => {
    setBusy(true);
    try {
      await action();
      if (done) notice.show({ message: done });
    } catch (error) {
      const apiError = asApiError(error);
      notice.show({
        message: apiError.isConflict ? t('myCare.conflict') : apiError.message,
        problem: true,
      });
    } finally {
      setBusy(false);
      reload();
    }
  };

  return (
    <>
      {inUse.length === 0 ? (
        <p>{t('myCare.none')}</p>
      ) : (
        <ol class="cards">
          {inUse.map((item, index) => (
            <ItemRow
              key={item.id}
              item={item}
              first={index === 0}
              last={index === inUse.length - 1}
              busy={busy}
              onMove={(direction) => {
                const other = direction === 'up' ? 'down' : 'up';
                setFocusAfter(`${buttonId(item, direction)}|${buttonId(item, other)}`);
                return act(() => moveMyCareItem(list.version, item.id, direction), null);
              }}
              onRename={() => setRenaming(item)}
              onArchive={() =>
                act(
                  () => archiveMyCareItem(list.version, item.id),
                  sentence('myCare.archived', { label: item.label }),
                )
              }
            />
          ))}
        </ol>
      )}
      {renaming && (
        <LabelForm
          key={renaming.id}
          id="rename-label"
          title={t('myCare.renameTitle', { label: renaming.label })}
          label={t('myCare.renameLabel', { label: renaming.label })}
          submit={t('myCare.save')}
          initial={renaming.label}
          onCancel={() => setRenaming(null)}
          onDone={async (label) => {
            try {
              await renameMyCareItem(list.version, renaming.id, label);
            } catch (error) {
              if (asApiError(error).isConflict) reload();
              throw error;
            }
            setRenaming(null);
            notice.show({ message: t('myCare.renamed') });
            reload();
          }}
        />
      )}
      <LabelForm
        id="new-label"
        title={t('myCare.add.title')}
        label={t('myCare.add.label')}
        submit={t('myCare.add.submit')}
        onDone={async (label) => {
          try {
            await addMyCareItem(list.version, label);
          } catch (error) {
            if (asApiError(error).isConflict) reload();
            throw error;
          }
          notice.show({ message: t('myCare.added') });
          reload();
        }}
      />
      {archived.length > 0 && (
        <section aria-labelledby="archived-title">
          <h2 id="archived-title">{t('myCare.archivedTitle')}</h2>
          <p>{t('myCare.archivedIntro')}</p>
          <ul>
            {archived.map((item) => (
              <li key={item.id}>
                <bdi>{item.label}</bdi>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function MyCareItemsPage() {
  const notice = useNotice();
  const list = useResource((signal) => listMyCare(signal), []);
  const { state } = list;
  return (
    <>
      <PageHeading title={t('myCare.title')} />
      <p>
        <Link href="/">{t('service.back')}</Link>
      </p>
      <Notice state={notice} />
      <p class="lead">{t('myCare.intro')}</p>
      {state.status === 'loading' && (
        <p class="loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <ServiceLoadProblem status={state.error.status} retry={list.retry} />
      )}
      {(state.status === 'ready' || state.status === 'empty') && (
        <Items list={state.data} notice={notice} reload={list.refresh} />
      )}
    </>
  );
}
