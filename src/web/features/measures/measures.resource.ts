// The measure library, answering a measure, and what the answer gave back (scores, how they
// were worked out, and support when an answer signals risk).
import type {
  Questionnaire,
  QuestionnaireItem,
} from '../../../domain/measures/questionnaire.schema.ts';
import type {
  Answer,
  QuestionnaireResponse,
  ResponseItem,
} from '../../../domain/measures/response.schema.ts';
import { api, recordPath } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';

export type MeasureSummary = {
  id: string;
  url: string;
  version: string;
  title: string;
  status: string;
  source: 'built-in' | 'imported' | 'service';
  description?: string;
  copyright?: string;
  needsWording: boolean;
  message?: string;
  /** What it asks about and how long it takes, in plain words (domain/measures/about.ts). */
  forPerson: { about: string; time: string | null };
  updatedAt: string;
};
export type Measure = MeasureSummary & { questionnaire: Questionnaire };

export type Score = {
  id: string;
  label?: string;
  value: number | null;
  band?: { id: string; label: string; min: number; max: number };
  code?: unknown;
  /** Only when answers were missing: the score was worked out from `answered` of `items`. */
  prorated?: { answered: number; items: number };
  explanation: string[];
};
/** score is null when the signal is that the question was left unanswered. */
export type RiskSignal = { id: string; linkId: string; score: number | null; label: string };
export type Support = { message: string; safetyPlan: string; crisisPlan: string };
export type MeasureResponse = {
  id: string;
  version: number;
  measureId: string;
  authored: string;
  note: string | null;
  forMeOnly: boolean;
  scores: Score[];
  riskSignals: RiskSignal[];
  support: Support | null;
};

export const measuresApi = {
  list: (signal?: AbortSignal) =>
    api.get<{ items: MeasureSummary[] }>('/measures', signal).then((body) => body.items),
  get: (id: string, signal?: AbortSignal) =>
    api.get<Measure>(`/measures/${encodeURIComponent(id)}`, signal),
  answer: (
    personId: string,
    body: { measureId: string; response: QuestionnaireResponse; note?: string; forMeOnly: boolean },
  ) => api.post<MeasureResponse>(recordPath(personId, '/measure-responses'), body),
};

export function useMeasures() {
  return useResource(
    (signal) => measuresApi.list(signal),
    [],
    (items) => items.length === 0,
  );
}

export type Answers = ReadonlyMap<string, Answer[]>;

/**
 * One screen per top-level group; questions outside a group share a screen. Text to read (display
 * items) just before a group opens that group's screen: it is often the measure's instructions,
 * such as the time it asks about ("over the last 7 days"), and must be read with the questions.
 */
export function screensOf(questionnaire: Questionnaire): QuestionnaireItem[][] {
  const screens: QuestionnaireItem[][] = [];
  let loose: QuestionnaireItem[] = [];
  for (const item of questionnaire.item) {
    if (item.type === 'group') {
      const onlyText = loose.every((before) => before.type === 'display');
      if (loose.length && !onlyText) screens.push(loose);
      screens.push(onlyText ? [...loose, item] : [item]);
      loose = [];
    } else {
      loose.push(item);
    }
  }
  if (loose.length) screens.push(loose);
  return screens;
}

/** The answers as a QuestionnaireResponse, keeping the questionnaire's groups and leaving out hidden items. */
export function buildResponse(
  questionnaire: Questionnaire,
  answers: Answers,
  enabled: ReadonlySet<string>,
): QuestionnaireResponse {
  const build = (items: readonly QuestionnaireItem[]): ResponseItem[] =>
    items.flatMap((item): ResponseItem[] => {
      if (!enabled.has(item.linkId) || item.type === 'display') return [];
      if (item.type === 'group') {
        const children = build(item.item ?? []);
        return children.length ? [{ linkId: item.linkId, item: children }] : [];
      }
      const given = answers.get(item.linkId);
      return given?.length ? [{ linkId: item.linkId, answer: given }] : [];
    });
  return {
    resourceType: 'QuestionnaireResponse',
    ...(questionnaire.url ? { questionnaire: questionnaire.url } : {}),
    status: 'completed',
    item: build(questionnaire.item),
  };
}
