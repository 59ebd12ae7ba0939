// Answering a measure: one group of questions per screen, questions that depend on earlier
// answers shown only when they apply, then the score with how it was worked out. When an
// answer signals risk, the person's own safety and crisis plans and the crisis lines are shown
// calmly as part of the page: nothing is blocked, nothing pops up, nobody else is told.
import '../../../domain/i18n/measures.messages.ts';
import '../../../domain/i18n/progress.messages.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { enabledItems } from '../../../domain/measures/enable-when.ts';
import { flattenItems } from '../../../domain/measures/items.ts';
import type {
  Questionnaire,
  QuestionnaireItem,
} from '../../../domain/measures/questionnaire.schema.ts';
import type { Answer } from '../../../domain/measures/response.schema.ts';
import type { ScoreRange } from '../../../domain/measures/scale-range.ts';
import { CrisisLines } from '../../components/CrisisLines.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { NoteFields } from '../../components/NoteFields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { type FieldErrors, useForm } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { useResource } from '../../lib/resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { MeasureAbout } from './MeasureAbout.tsx';
import {
  buildResponse,
  type Measure,
  type MeasureResponse,
  measuresApi,
  screensOf,
} from './measures.resource.ts';
import { focusId, QuestionField, type Values } from './QuestionField.tsx';
import '../../styles/checkins.css';

const answerCheck = () => import('./answer-check.ts');

/** The typed values as FHIR answers; numbers that are not numbers are reported, not sent. */
export function answersOf(questionnaire: Questionnaire, values: Values) {
  const answers = new Map<string, Answer[]>();
  const errors: FieldErrors = {};
  for (const { item } of flattenItems(questionnaire.item)) {
    const raw = values[item.linkId]?.trim() ?? '';
    if (raw === '') continue;
    let answer: Answer | undefined;
    if (item.type === 'choice') {
      const option = item.answerOption?.find((entry) => entry.valueCoding.code === raw);
      if (option) answer = { valueCoding: option.valueCoding };
    } else if (item.type === 'boolean') {
      answer = { valueBoolean: raw === 'true' };
    } else if (item.type === 'integer') {
      const number = Number(raw);
      if (Number.isInteger(number)) answer = { valueInteger: number };
      else errors[item.linkId] = t('measuresWeb.wholeNumber');
    } else if (item.type === 'decimal') {
      const number = Number(raw.replace(',', '.'));
      if (Number.isFinite(number)) answer = { valueDecimal: number };
      else errors[item.linkId] = t('measuresWeb.number');
    } else if (item.type === 'string' || item.type === 'text') {
      answer = { valueString: values[item.linkId] ?? '' };
    }
    if (answer) answers.set(item.linkId, [answer]);
  }
  return { answers, errors };
}

/** The linkId a response error is about: the last `item[…]` in its path. */
const linkIdOf = (path: string) => [...path.matchAll(/item\[([^\]]+)\]/g)].at(-1)?.[1];

export function MeasurePage({ id }: { id: string }) {
  const measure = useResource((signal) => measuresApi.get(id, signal), [id]);
  const [hasErrors, setHasErrors] = useState(false);
  const title =
    measure.state.status === 'ready' ? measure.state.data.title : t('measuresWeb.answerTitle');
  return (
    <>
      <PageHeading title={title} hasErrors={hasErrors} />
      <Loaded resource={measure}>
        {(data) =>
          // The server works this out from the questionnaire it sends (and checks it again on
          // the answers), so the page needs none of the engine to say so.
          data.needsWording ? (
            <p class="invite">{t('measures.needsWording')}</p>
          ) : (
            <Answering measure={data} onErrors={setHasErrors} />
          )
        }
      </Loaded>
      <p>
        <Link href="/questionnaires">{t('measuresWeb.back')}</Link>
      </p>
    </>
  );
}

/** The answers as saved, and the range each score is out of. */
type Sent = { saved: MeasureResponse; ranges: Map<string, ScoreRange> };

/** The answers as typed, by question, and the note with its setting. */
type AnswerValues = { answers: Values; note: string; forMeOnly: boolean };

function Answering({
  measure,
  onErrors,
}: {
  measure: Measure;
  onErrors: (shown: boolean) => void;
}) {
  const record = useRecord();
  const questionnaire = measure.questionnaire;
  const [step, setStep] = useState(0);
  const [result, setResult] = useState<Sent | null>(null);
  const form = useForm<AnswerValues>({ answers: {}, note: '', forMeOnly: false }, onErrors, {
    form: `measure:${measure.id}`,
    owner: record.personId,
  });
  const values = form.values.answers;
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  usePrefetch(answerCheck);

  const { answers } = answersOf(questionnaire, values);
  const enabled = enabledItems(questionnaire, answers);
  const screens = screensOf(questionnaire).filter((screen) =>
    screen.some((item) => enabled.has(item.linkId) && item.type !== 'display'),
  );
  const current = Math.min(step, screens.length - 1);
  const screen: QuestionnaireItem[] = screens[current] ?? [];
  const last = current === screens.length - 1;

  useEffect(() => {
    if (moved.current) stepHeading.current?.focus();
  }, [current, result]);

  const onChange = (linkId: string, value: string) =>
    form.set('answers', { ...values, [linkId]: value });

  /** Problems with the questions on this screen: required ones unanswered, numbers mistyped. */
  const screenProblems = (): FieldErrors => {
    const { errors } = answersOf(questionnaire, values);
    const problems: FieldErrors = {};
    for (const { item } of flattenItems(screen)) {
      if (!enabled.has(item.linkId)) continue;
      const problem =
        errors[item.linkId] ??
        (item.required &&
        item.type !== 'group' &&
        item.type !== 'display' &&
        !answers.has(item.linkId)
          ? t('measuresWeb.required')
          : undefined);
      if (problem) problems[item.linkId] = problem;
    }
    return problems;
  };

  const go = (to: number) => {
    moved.current = true;
    form.clearErrors();
    onErrors(false);
    setStep(to);
  };

  const next = (event: Event) => {
    event.preventDefault();
    const problems = screenProblems();
    if (Object.keys(problems).length) return form.showErrors(problems);
    if (!last) return go(current + 1);
    const response = buildResponse(questionnaire, answers, enabled);
    return form.run(async () => {
      const { validateResponse, scaleRanges, wordsFor } = await answerCheck();
      const checked = validateResponse(questionnaire, response);
      if (!checked.ok) {
        const errors: FieldErrors = {};
        for (const error of checked.errors) {
          const linkId = linkIdOf(error.path);
          errors[linkId ?? 'form'] ??= linkId
            ? t('measuresWeb.checkAnswer')
            : wordsFor(error.message);
        }
        return form.showErrors(errors);
      }
      form.clearErrors();
      const saved = await measuresApi.answer(record.personId, {
        measureId: measure.id,
        response: checked.response,
        forMeOnly: form.values.forMeOnly,
        ...(form.values.note.trim() ? { note: form.values.note } : {}),
      });
      form.saved();
      moved.current = true;
      onErrors(false);
      setResult({ saved, ranges: scaleRanges(questionnaire) });
    });
  };

  if (result)
    return <Result result={result.saved} ranges={result.ranges} headingRef={stepHeading} />;

  const index = flattenItems(questionnaire.item);
  const idFor = (field: string) => {
    const entry = index.find((candidate) => candidate.item.linkId === field);
    return entry ? focusId(entry.item) : field;
  };

  return (
    <>
      {/* Before the first question: what this is, how long it takes, who sees the answers. */}
      {current === 0 && <MeasureAbout measure={measure} />}
      <h2 ref={stepHeading} tabIndex={-1} class="step-heading">
        {t('measuresWeb.step', { current: current + 1, total: screens.length })}
      </h2>
      <ErrorSummary
        errors={form.errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={idFor}
      />
      <form class="form" noValidate onSubmit={next}>
        {screen.map((item) => (
          <QuestionField
            key={item.linkId}
            item={item}
            values={values}
            enabled={enabled}
            errors={form.errors}
            onChange={onChange}
          />
        ))}
        {last && (
          <NoteFields
            label={t('measuresWeb.note')}
            hint={t('measuresWeb.noteHint')}
            note={form.values.note}
            forMeOnly={form.values.forMeOnly}
            onNote={(value) => form.set('note', value)}
            onForMeOnly={(value) => form.set('forMeOnly', value)}
          />
        )}
        <div class="button-group">
          <button type="submit" class="button" disabled={form.busy}>
            {last ? t('measuresWeb.send') : t('measuresWeb.continue')}
          </button>
          {current > 0 && (
            <button type="button" class="button button--secondary" onClick={() => go(current - 1)}>
              {t('measuresWeb.previous')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}

/** The person's own plans and the crisis lines, offered calmly as part of the page. */
export function RiskSupport() {
  return (
    <section class="panel support" aria-labelledby="support-title">
      <h2 id="support-title">{t('measuresWeb.supportTitle')}</h2>
      <p>{t('measures.support')}</p>
      <ul class="links">
        <li>
          <Link href="/plans/safety">{t('measuresWeb.safetyPlan')}</Link>
        </li>
        <li>
          <Link href="/crisis-plan">{t('measuresWeb.crisisPlan')}</Link>
        </li>
      </ul>
      <CrisisLines id="measure-crisis-lines" />
    </section>
  );
}

/** "Your score is 6 out of 27 (Mild)": out of the measure's range where it is known. */
function scoreSentence(score: MeasureResponse['scores'][number], range?: ScoreRange): string {
  if (score.value === null) return t('measuresWeb.noScore');
  const value = range ? t('progress.outOf', { value: score.value, max: range.max }) : score.value;
  const sentence = score.band
    ? t('measuresWeb.valueWithBand', { value, band: score.band.label })
    : t('measuresWeb.value', { value });
  return score.prorated ? `${sentence} ${t('measuresWeb.prorated', score.prorated)}` : sentence;
}

function Result({
  result,
  ranges,
  headingRef,
}: {
  result: MeasureResponse;
  ranges: Map<string, ScoreRange>;
  headingRef: { current: HTMLHeadingElement | null };
}) {
  const risk = result.riskSignals.length > 0 || result.support !== null;
  return (
    <>
      <div role="status" class="notice">
        <p class="notice__text">{t('measuresWeb.saved')}</p>
      </div>
      <h2 ref={headingRef} tabIndex={-1}>
        {t('measuresWeb.resultTitle')}
      </h2>
      {risk && <RiskSupport />}
      <ul class="plain-list scores">
        {result.scores.map((score) => (
          <li key={score.id} class="score">
            <h3>{score.label ?? t('measuresWeb.score')}</h3>
            <p class="score__value">{scoreSentence(score, ranges.get(score.id))}</p>
            <details class="details">
              <summary>{t('measuresWeb.howWorkedOut')}</summary>
              <ol>
                {score.explanation.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ul>
      {result.forMeOnly && <p>{t('measuresWeb.keptForMe')}</p>}
      <p>
        <Link href="/how-i-am-doing">{t('measuresWeb.seeCharts')}</Link>
      </p>
    </>
  );
}
