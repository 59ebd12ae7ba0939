// The top of every plan page's form: the status message, the conflict panel on a 412, the
// error summary, and when it was last saved with a link to earlier versions.
import { Link } from 'wouter-preact';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import { ConflictPanel } from '../../components/ConflictPanel.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Notice } from '../../components/Notice.tsx';
import type { PlanEditor } from './plan-editor.ts';
import { idFor } from './plan-editor.ts';
import { compareRows, type NameOf } from './plan-text.ts';
import { PLAN_PAGES, type PlanData, type PlanKind } from './plans.resource.ts';

type Props<K extends PlanKind> = {
  kind: K;
  editor: PlanEditor<PlanData[K]>;
  nameOf: NameOf;
  /** Where the empty plan invites the person to start. */
  emptyText: string;
};

export function PlanStatus<K extends PlanKind>({ kind, editor, nameOf, emptyText }: Props<K>) {
  const { form, base, conflict } = editor;
  return (
    <>
      <Notice state={editor.notice} />
      {conflict && (
        <ConflictPanel
          rows={compareRows(kind, conflict.yours, conflict.theirs, nameOf)}
          savedAt={conflict.saved.updatedAt}
          busy={form.busy}
          onUseSaved={editor.useSaved}
          onKeepMine={editor.keepMine}
        />
      )}
      <ErrorSummary
        errors={form.errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={idFor}
      />
      {!base || base.version === 0 ? (
        <p class="invite">{emptyText}</p>
      ) : (
        base.updatedAt && (
          <p class="meta">
            {t('plans.lastSaved', { when: formatDateTime(base.updatedAt) })}{' '}
            <Link href={`${PLAN_PAGES[kind]}/history`}>{t('record.history')}</Link>
          </p>
        )
      )}
    </>
  );
}

export function SaveButton({ busy, label }: { busy: boolean; label: string }) {
  return (
    <div class="save-bar">
      <button type="submit" class="button" disabled={busy}>
        {busy ? t('record.saving') : label}
      </button>
    </div>
  );
}
