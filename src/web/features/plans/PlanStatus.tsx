// The top of every plan page's form: the status message, the conflict panel on a 412, the
// error summary, and when it was last saved with a link to earlier versions.
import '../../../domain/i18n/plans-web.messages.ts';
import { Link } from 'wouter-preact';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Notice } from '../../components/Notice.tsx';
import { lazyPage } from '../../lib/lazy.tsx';
import type { NameOf } from '../support-network/support-network.resource.ts';
import type { PlanConflictProps } from './PlanConflict.tsx';
import type { PlanEditor } from './plan-editor.ts';
import { idFor } from './plan-editor.ts';
import { PLAN_PAGES, type PlanData, type PlanKind } from './plans.resource.ts';

type Props<K extends PlanKind> = {
  kind: K;
  editor: PlanEditor<PlanData[K]>;
  nameOf: NameOf;
  /** Where the empty plan invites the person to start. */
  emptyText: string;
};

// Loaded only on a conflict, with the words that compare the two versions.
const PlanConflict = lazyPage<PlanConflictProps>(() =>
  import('./PlanConflict.tsx').then((module) => module.PlanConflict),
);

export function PlanStatus<K extends PlanKind>({ kind, editor, nameOf, emptyText }: Props<K>) {
  const { form, base, conflict } = editor;
  return (
    <>
      <Notice state={editor.notice} />
      {conflict && (
        <PlanConflict
          kind={kind}
          conflict={conflict as PlanConflictProps['conflict']}
          nameOf={nameOf}
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
