// After a crisis: what the person needs to get back on track, and what they learned for next time.
import '../../../domain/i18n/shared.messages.ts';
import '../../../domain/i18n/after-crisis.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { type AfterCrisis, afterCrisisSchema } from '../../../domain/record/plans.schema.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { lazyPart } from '../../lib/lazy.tsx';
import { useRecord } from '../record/RecordContext.tsx';
import { sectionTitle } from '../record/section-title.ts';
import { AgreedLine, SuggestLink } from '../suggestions/SuggestLink.tsx';
import { PlanText } from './fields.tsx';
import { PlanStatus, SaveButton } from './PlanStatus.tsx';
import { usePlanEditor } from './plan-editor.ts';
import { type PlanDocument, plan } from './plans.resource.ts';
import { usePlan } from './usePlan.ts';

/** Views beside the notes (decision 0030): their own chunk, loaded after the notes. */
const AfterCrisisBeside = lazyPart(() =>
  import('../collaboration/PlansBeside.tsx').then((m) => m.AfterCrisisBeside),
);

export function AfterCrisisPage() {
  const record = useRecord();
  const loaded = usePlan(record.personId, 'after-crisis');
  const [hasErrors, setHasErrors] = useState(false);
  if (!record.canWrite('after_crisis')) {
    return (
      <>
        <PageHeading title={sectionTitle(record, 'after_crisis', t('plans.after-crisis.title'))} />
        <SuggestLink kind="after_crisis" />
        <Loaded resource={loaded}>
          {({ doc }) => (
            <>
              <AgreedLine agreed={doc.agreed} />
              <SharedAfterCrisis plan={doc.data} />
              {doc.version > 0 && <AfterCrisisBeside plan={doc.data} />}
            </>
          )}
        </Loaded>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t('plans.after-crisis.title')} hasErrors={hasErrors} />
      <p class="lead">{t('plans.after.intro')}</p>
      <Loaded resource={loaded} historyHref="/plans/after-crisis/history">
        {({ doc }) => (
          <>
            <AgreedLine agreed={doc.agreed} />
            <AfterCrisisForm personId={record.personId} doc={doc} onErrors={setHasErrors} />
            {/* Nothing written yet: nothing for anyone to see differently. */}
            {doc.version > 0 && <AfterCrisisBeside plan={doc.data} />}
          </>
        )}
      </Loaded>
      <p>
        <Link href="/plans">{t('plans.backToPlans')}</Link>
      </p>
    </>
  );
}

/** The plan for someone the person shared it with: to read, nothing to change. */
function SharedAfterCrisis({ plan }: { plan: AfterCrisis }) {
  const record = useRecord();
  const parts = (['backOnTrack', 'learned'] as const).filter((part) => plan[part].trim() !== '');
  if (parts.length === 0) {
    return <p>{t('shared.afterCrisisEmpty', { name: record.personName })}</p>;
  }
  return (
    <dl class="summary">
      {parts.map((part) => (
        <div key={part} class="summary__row">
          <dt>{t(`plans.after.${part}`)}</dt>
          <dd class="own-words">{plan[part]}</dd>
        </div>
      ))}
    </dl>
  );
}

type FormProps = {
  personId: string;
  doc: PlanDocument<'after-crisis'>;
  onErrors: (shown: boolean) => void;
};

function AfterCrisisForm({ personId, doc, onErrors }: FormProps) {
  const api = plan(personId, 'after-crisis');
  const editor = usePlanEditor<AfterCrisis>({
    personId,
    kind: 'after-crisis',
    doc,
    schema: afterCrisisSchema,
    save: api.save,
    load: () => api.get(),
    onErrors,
  });
  const { form } = editor;
  return (
    <>
      <PlanStatus
        kind="after-crisis"
        editor={editor}
        nameOf={() => ''}
        emptyText={t('plans.after.empty')}
      />
      <form class="form" noValidate onSubmit={editor.submit}>
        <PlanText
          name="backOnTrack"
          prefix="plans.after.backOnTrack"
          value={form.values.backOnTrack}
          errors={form.errors}
          rows={6}
          onInput={(value) => form.set('backOnTrack', value)}
        />
        <PlanText
          name="learned"
          prefix="plans.after.learned"
          value={form.values.learned}
          errors={form.errors}
          rows={6}
          onInput={(value) => form.set('learned', value)}
        />
        <SaveButton busy={form.busy} label={t('plans.after.save')} />
      </form>
    </>
  );
}
