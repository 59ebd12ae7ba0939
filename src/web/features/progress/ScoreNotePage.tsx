// "Why I scored this": a note on one check-in or one set of questionnaire answers, and
// whether it is for the person only (never counted in a service report). The scores
// themselves do not change here.
import '../../../domain/i18n/measures.messages.ts';
import '../../../domain/i18n/progress.messages.ts';
import '../../../domain/i18n/checkins.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { CHECKIN_LIMITS } from '../../../domain/checkins/checkins.schema.ts';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import { z } from '../../../domain/validation.ts';
import { ConflictPanel } from '../../components/ConflictPanel.tsx';
import { DeleteWithUndo } from '../../components/DeleteWithUndo.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { NoteFields } from '../../components/NoteFields.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { api, asApiError, recordPath, request } from '../../lib/api.ts';
import type { Saved } from '../../lib/conflict.ts';
import { useEditor } from '../../lib/editor.ts';
import { useResource } from '../../lib/resource.ts';
import { type Checkin, scaleLabel } from '../checkins/checkins.resource.ts';
import type { MeasureResponse } from '../measures/measures.resource.ts';
import { useRecord } from '../record/RecordContext.tsx';

export type ScoreKind = 'check-ins' | 'answers';

/** What both kinds share on this page. */
type Scored = {
  version: number;
  when: string;
  note: string;
  forMeOnly: boolean;
  /** Each score as a line, with how it was worked out where the measure says. */
  summary: { line: string; explanation?: string[] }[];
};

type Values = { note: string; forMeOnly: boolean };

function fromCheckin(checkin: Checkin): Scored {
  return {
    version: checkin.version,
    when: checkin.takenAt,
    note: checkin.note ?? '',
    forMeOnly: checkin.forMeOnly,
    summary: Object.entries(checkin.scores).map(([scale, value]) => ({
      line: t('progress.scoreLine', { name: scaleLabel(scale), value }),
    })),
  };
}

function fromAnswers(response: MeasureResponse): Scored {
  return {
    version: response.version,
    when: response.authored,
    note: response.note ?? '',
    forMeOnly: response.forMeOnly,
    summary: response.scores.flatMap((score) =>
      score.value === null
        ? []
        : [
            {
              line: t(score.prorated ? 'progress.scoreLineProrated' : 'progress.scoreLine', {
                name: score.label ?? response.measureId,
                value: score.value,
                ...score.prorated,
              }),
              explanation: score.explanation,
            },
          ],
    ),
  };
}

function calls(personId: string, kind: ScoreKind, id: string) {
  if (kind === 'check-ins') {
    const path = recordPath(personId, `/checkins/${encodeURIComponent(id)}`);
    let loaded: Checkin | null = null;
    return {
      /** Names the draft of this note. */
      key: `check-in:${id}`,
      get: async (signal?: AbortSignal) => {
        loaded = await api.get<Checkin>(path, signal);
        return fromCheckin(loaded);
      },
      save: async (values: Values, version: number) => {
        if (!loaded) throw asApiError(null);
        const { takenAt, scores, signsPresent } = loaded;
        const saved = await api.put<Checkin>(
          path,
          {
            takenAt,
            scores,
            forMeOnly: values.forMeOnly,
            ...(values.note.trim() ? { note: values.note } : { note: '' }),
            ...(signsPresent?.length ? { signsPresent } : {}),
          },
          version,
        );
        loaded = saved;
        return fromCheckin(saved);
      },
      current: (error: unknown) => {
        const current = asApiError(error).current as Checkin | undefined;
        return current?.scores ? fromCheckin(current) : null;
      },
      /** Soft delete; answers the new version, which Undo needs. */
      remove: async (version: number) => (await api.delete<Checkin>(path, version)).version,
      undelete: async (version: number) => {
        await api.post<Checkin>(`${path}/undelete`, undefined, version);
      },
    };
  }
  const path = recordPath(personId, `/measure-responses/${encodeURIComponent(id)}`);
  return {
    key: `answers:${id}`,
    get: async (signal?: AbortSignal) => fromAnswers(await api.get<MeasureResponse>(path, signal)),
    save: async (values: Values, version: number) =>
      fromAnswers(
        // The API changes only the note and "for me only" of an answer, with PATCH.
        await request<MeasureResponse>('PATCH', path, {
          body: { note: values.note, forMeOnly: values.forMeOnly },
          version,
        }),
      ),
    current: (error: unknown) => {
      const current = asApiError(error).current as MeasureResponse | undefined;
      return current?.scores ? fromAnswers(current) : null;
    },
    // Answers are not deleted from this page.
    remove: null,
    undelete: null,
  };
}

export function ScoreNotePage({ kind, id }: { kind: ScoreKind; id: string }) {
  const record = useRecord();
  const [api] = useState(() => calls(record.personId, kind, id));
  const scored = useResource((signal) => api.get(signal), [kind, id]);
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <>
      <PageHeading title={t('progress.noteTitle')} hasErrors={hasErrors} />
      <Loaded resource={scored}>
        {(data) => <NoteForm data={data} api={api} onErrors={setHasErrors} />}
      </Loaded>
      <p>
        <Link href="/how-i-am-doing">{t('progress.back')}</Link>
      </p>
    </>
  );
}

type FormProps = {
  data: Scored;
  api: ReturnType<typeof calls>;
  onErrors: (shown: boolean) => void;
};

const noteSchema = z.strictObject({
  note: z.string().max(CHECKIN_LIMITS.note, {
    error: () => t('validation.tooLong', { max: CHECKIN_LIMITS.note }),
  }),
  forMeOnly: z.boolean(),
});

/** The note and its setting as the editor keeps them, with their version. */
const savedOf = (scored: Scored): Saved<Values> => ({
  version: scored.version,
  updatedAt: null,
  data: { note: scored.note, forMeOnly: scored.forMeOnly },
});

function NoteForm({ data, api, onErrors }: FormProps) {
  const record = useRecord();
  const editor = useEditor<Values>({
    doc: savedOf(data),
    schema: noteSchema,
    save: async (values, version) => savedOf(await api.save(values, version ?? data.version)),
    load: async () => savedOf(await api.get()),
    current: (error) => {
      const current = api.current(error);
      return current && savedOf(current);
    },
    draft: { form: `score-note:${api.key}`, owner: record.personId },
    onErrors,
  });
  const { form, notice, conflict } = editor;
  const { values, errors } = form;
  const { remove, undelete } = api;
  const version = editor.base?.version ?? data.version;
  // The scores and when they were taken do not change on this page.
  const base = data;

  // A delete met a newer version: show it (or, if the note here was changed, both versions).
  const deleteWasStale = async () => {
    notice.show({ message: t('progress.checkinChangedElsewhere') });
    try {
      editor.refresh(savedOf(await api.get()));
    } catch (error) {
      notice.show({ message: asApiError(error).message, problem: true });
    }
  };

  const yesNo = (value: boolean) => (value ? t('progress.yes') : t('progress.no'));

  return (
    <>
      <p class="lead">{formatDateTime(base.when)}</p>
      <ul class="plain-list">
        {base.summary.map(({ line, explanation }) => (
          <li key={line}>
            {line}
            {explanation && explanation.length > 0 && (
              <details class="details">
                <summary>{t('measuresWeb.howWorkedOut')}</summary>
                <ol>
                  {explanation.map((step, index) => (
                    <li key={index}>{step}</li>
                  ))}
                </ol>
              </details>
            )}
          </li>
        ))}
      </ul>
      <Notice state={notice} />
      {conflict && (
        <ConflictPanel
          rows={[
            { label: t('progress.note'), yours: conflict.yours.note, saved: conflict.theirs.note },
            {
              label: t('checkinsWeb.forMeOnly'),
              yours: yesNo(conflict.yours.forMeOnly),
              saved: yesNo(conflict.theirs.forMeOnly),
            },
          ]}
          savedAt={null}
          busy={form.busy}
          onUseSaved={editor.useSaved}
          onKeepMine={editor.keepMine}
        />
      )}
      <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
      <form class="form" noValidate onSubmit={editor.submit}>
        <NoteFields
          label={t('progress.noteLabel')}
          hint={t('checkinsWeb.noteHint', { max: CHECKIN_LIMITS.note })}
          rows={4}
          note={values.note}
          forMeOnly={values.forMeOnly}
          error={errors.note}
          onNote={(value) => form.set('note', value)}
          onForMeOnly={(value) => form.set('forMeOnly', value)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {form.busy ? t('record.saving') : t('record.save')}
        </button>
      </form>
      {remove && undelete && (
        <DeleteWithUndo
          words={{
            title: t('progress.deleteTitle'),
            button: t('progress.deleteCheckin'),
            question: t('progress.deleteCheckin.confirm', { when: formatDateTime(base.when) }),
            yes: t('progress.deleteCheckin.yes'),
            deleted: t('progress.checkinDeleted', { when: formatDateTime(base.when) }),
            restored: t('progress.checkinRestored', { when: formatDateTime(base.when) }),
          }}
          remove={() => remove(version)}
          undelete={undelete}
          returnTo="/how-i-am-doing"
          onStale={deleteWasStale}
        />
      )}
    </>
  );
}
