// A service admin's measure library (issue 14, decision 0042): the measures the service can offer
// with a switch for each, and a way to add a FHIR Questionnaire of its own. An upload is checked
// by the server (the same checks as `waymark measures import`) and shown either as problems in
// plain words or as a preview drawn as a person would see it; only then can it be added.
import '../../../domain/i18n/services.messages.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import type { LibraryMeasure, UploadCheck } from '../../../domain/services/library.schema.ts';
import { MAX_UPLOAD_BYTES } from '../../../domain/services/library-limits.ts';
import { TextArea } from '../../components/fields.tsx';
import { Notice, type NoticeState, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError } from '../../lib/api.ts';
import { sentence } from '../../lib/own-words.tsx';
import { useResource } from '../../lib/resource.ts';
import { LibraryPreview } from './LibraryPreview.tsx';
import {
  addQuestionnaire,
  checkQuestionnaire,
  listLibrary,
  setOffered,
} from './library.resource.ts';
import { ServiceLoadProblem } from './ServiceLoadProblem.tsx';

const MAX_KB = Math.round(MAX_UPLOAD_BYTES / 1024);

function MeasureCard({
  measure,
  notice,
  onChanged,
}: {
  measure: LibraryMeasure;
  notice: NoticeState;
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const id = `offer-${measure.id}`;
  const change = async (offered: boolean) => {
    setBusy(true);
    try {
      const changed = await setOffered(measure.id, offered);
      notice.show({
        message: sentence(changed.offered ? 'library.nowOffered' : 'library.notOffered', {
          title: changed.title,
        }),
      });
      onChanged();
    } catch (error) {
      notice.show({ message: asApiError(error).message, problem: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="card">
      <h3 class="card__title">
        <bdi>{measure.title}</bdi>
      </h3>
      <ul class="meta-list">
        <li>{t(`library.source.${measure.source}`)}</li>
        <li>
          {t('library.preview.version')}: <bdi>{measure.version}</bdi>
        </li>
        <li>{t('library.questionCount', { count: measure.questionCount })}</li>
        {measure.needsWording && <li>{t('library.needsWording')}</li>}
      </ul>
      <div class="checkbox">
        <input
          class="checkbox__input"
          type="checkbox"
          id={id}
          checked={measure.offered}
          disabled={busy}
          onChange={(event) => change(event.currentTarget.checked)}
        />
        <label class="checkbox__label" for={id}>
          {sentence('library.offer', { title: measure.title })}
        </label>
      </div>
    </li>
  );
}

type Outcome =
  | { kind: 'problems'; problems: string[] }
  | { kind: 'preview'; check: UploadCheck; json: unknown };

function Upload({ notice, onAdded }: { notice: NoticeState; onAdded: () => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The result's heading takes focus, so a screen reader reads the problems or the preview next.
  useEffect(() => {
    if (outcome) heading.current?.focus();
  }, [outcome]);

  const problems = (list: string[]) => setOutcome({ kind: 'problems', problems: list });

  const check = async (source: string) => {
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch {
      return problems([t('library.problem.notJson')]);
    }
    setBusy(true);
    try {
      const result = await checkQuestionnaire(json);
      if (result.ok && result.preview) setOutcome({ kind: 'preview', check: result, json });
      else problems(result.problems.map((problem) => problem.message));
    } catch (error) {
      problems([asApiError(error).message]);
    } finally {
      setBusy(false);
    }
  };

  const readFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES)
      return problems([t('library.problem.tooBig', { max: MAX_KB })]);
    const content = await file.text();
    setText(content);
    await check(content);
  };

  const add = async () => {
    if (outcome?.kind !== 'preview') return;
    setBusy(true);
    try {
      const added = await addQuestionnaire(outcome.json);
      setOutcome(null);
      setText('');
      notice.show({ message: sentence('library.added', { title: added.title }) });
      onAdded();
    } catch (error) {
      const apiError = asApiError(error);
      problems(
        apiError.fields.length ? apiError.fields.map((field) => field.message) : [apiError.message],
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="upload-title">
      <h2 id="upload-title">{t('library.upload.title')}</h2>
      <p>{t('library.upload.intro')}</p>
      <div class="field">
        <label class="label" for="questionnaire-file">
          {t('library.upload.file')}
        </label>
        <p class="hint" id="questionnaire-file-hint">
          {t('library.upload.fileHint', { max: MAX_KB })}
        </p>
        <input
          class="file-input"
          type="file"
          id="questionnaire-file"
          accept="application/json,application/fhir+json,.json"
          disabled={busy}
          aria-describedby="questionnaire-file-hint"
          onChange={(event) => readFile(event.currentTarget)}
        />
      </div>
      <form
        class="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          return check(text);
        }}
      >
        <TextArea
          id="questionnaire-text"
          label={t('library.upload.paste')}
          rows={8}
          value={text}
          onInput={(value) => {
            setText(value);
            setOutcome(null);
          }}
        />
        <button type="submit" class="button button--secondary" disabled={busy || !text.trim()}>
          {t('library.upload.check')}
        </button>
      </form>
      {outcome?.kind === 'problems' && (
        <section class="error-summary" aria-labelledby="problems-title">
          <h3 id="problems-title" ref={heading} tabIndex={-1} class="error-summary__title">
            {t('library.problems.title')}
          </h3>
          <p>{t('library.problems.intro')}</p>
          <ul class="error-summary__list">
            {outcome.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </section>
      )}
      {outcome?.kind === 'preview' && outcome.check.preview && (
        <>
          <h3 ref={heading} tabIndex={-1} class="step-heading">
            {t('library.ready')}
          </h3>
          <LibraryPreview preview={outcome.check.preview} />
          <button type="button" class="button" disabled={busy} onClick={add}>
            {t('library.add')}
          </button>
        </>
      )}
    </section>
  );
}

export function LibraryPage() {
  const notice = useNotice();
  const library = useResource(
    (signal) => listLibrary(signal),
    [],
    (data) => data.measures.length === 0,
  );
  const { state } = library;
  return (
    <>
      <PageHeading title={t('library.title')} />
      <p>
        <Link href="/">{t('service.back')}</Link>
      </p>
      <Notice state={notice} />
      <p class="lead">{t('library.intro')}</p>
      {state.status === 'loading' && (
        <p class="loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <ServiceLoadProblem status={state.error.status} retry={library.retry} />
      )}
      {state.status === 'empty' && <p>{t('library.none')}</p>}
      {state.status === 'ready' && (
        <section aria-labelledby="library-list-title">
          <h2 id="library-list-title">{t('library.listTitle')}</h2>
          <ul class="cards">
            {state.data.measures.map((measure) => (
              <MeasureCard
                key={measure.id}
                measure={measure}
                notice={notice}
                onChanged={library.refresh}
              />
            ))}
          </ul>
        </section>
      )}
      {state.status !== 'error' && <Upload notice={notice} onAdded={library.refresh} />}
    </>
  );
}
