// "My space": a supporter's own pages, private to them (decision 0031): what they need, what
// helps them cope and their plan for looking after themselves, saved as versions like every
// record. A save over a version changed elsewhere shows what is saved now and keeps their words.
import '../../../domain/i18n/supporter-space.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import type { SupporterSpace } from '../../../domain/record/supporter-space.schema.ts';
import { TextArea } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { savedVersionOf } from '../../lib/conflict.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { SPACE_FIELDS } from './space-history.ts';
import { type SavedSpace, supporterSpace, useSupporterSpace } from './supporter-space.resource.ts';

const FIELDS = SPACE_FIELDS;

function SpaceForm({ accountId, saved }: { accountId: string; saved: SavedSpace }) {
  const [current, setCurrent] = useState(saved);
  const [values, setValues] = useState<SupporterSpace>(saved.data);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [unsaved, setUnsaved] = useState<SupporterSpace | null>(null);
  const save = async (event: Event) => {
    event.preventDefault();
    setStatus('saving');
    try {
      const answer = await supporterSpace.save(accountId, values, current.version);
      setCurrent(answer);
      setValues(answer.data);
      setUnsaved(null);
      setStatus('saved');
    } catch (error) {
      const now = savedVersionOf<SupporterSpace>(error);
      if (now) {
        setUnsaved(values);
        setCurrent({ version: now.version, updatedAt: now.updatedAt, data: now.data });
        setValues(now.data);
        setStatus('idle');
        return;
      }
      setStatus('failed');
    }
  };
  return (
    <form onSubmit={save} noValidate>
      {unsaved && (
        <div class="problem" role="alert">
          <p>{t('space.conflict')}</p>
          <h2>{t('space.yourWords')}</h2>
          {FIELDS.map((field) =>
            unsaved[field] ? (
              <p key={field}>
                <strong>{t(`space.${field}`)}:</strong> {unsaved[field]}
              </p>
            ) : null,
          )}
        </div>
      )}
      {FIELDS.map((field) => (
        <TextArea
          key={field}
          id={`space-${field}`}
          label={t(`space.${field}`)}
          hint={t(`space.${field}Hint`)}
          value={values[field]}
          onInput={(value) => {
            setStatus('idle');
            setValues({ ...values, [field]: value });
          }}
        />
      ))}
      <p role="status">{status === 'saved' ? t('space.saved') : ''}</p>
      {status === 'failed' && (
        <p class="problem" role="alert">
          {t('space.saveFailed')}
        </p>
      )}
      <button type="submit" class="button" disabled={status === 'saving'}>
        {t('space.save')}
      </button>
    </form>
  );
}

export function SupporterSpacePage() {
  const { personId: accountId } = useRecord();
  const space = useSupporterSpace(accountId);
  return (
    <>
      <PageHeading title={t('space.title')} />
      <p class="lead">{t('space.intro')}</p>
      <p>
        <Link href="/guide">{t('space.guideLink')}</Link>
      </p>
      <p>
        <Link href="/history">{t('space.historyLink')}</Link>
      </p>
      <Loaded resource={space}>
        {(saved) => <SpaceForm accountId={accountId} saved={saved} />}
      </Loaded>
    </>
  );
}
