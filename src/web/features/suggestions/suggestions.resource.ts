// Suggestions: the person's list and decisions, a suggester's own list, withdraw and making
// one. Answers are parsed with the shared schemas (decision 0029), which load beside the first
// request (lib/lazy-schema.ts).
import type { SuggestableKind } from '../../../domain/suggestions/suggestable.ts';
import { SUGGESTABLE } from '../../../domain/suggestions/suggestable.ts';
import type {
  MySuggestion,
  Suggestion,
  Suggestions,
} from '../../../domain/suggestions/suggestion.schema.ts';
import { api, recordPath, request } from '../../lib/api.ts';
import { parsed, parsedChange } from '../../lib/lazy-schema.ts';

const schemas = () => import('../../../domain/suggestions/suggestion.schema.ts');
const suggestionsSchema = () => schemas().then((m) => m.suggestionsSchema);
const suggestionSchema = () => schemas().then((m) => m.suggestionSchema);
const mySuggestionsSchema = () => schemas().then((m) => m.mySuggestionsSchema);
const mySuggestionSchema = () => schemas().then((m) => m.mySuggestionSchema);

export const suggestions = (personId: string) => {
  const base = recordPath(personId, '/suggestions');
  const one = (id: string) => `${base}/${encodeURIComponent(id)}`;
  return {
    list: (signal?: AbortSignal): Promise<Suggestions> =>
      parsed(suggestionsSchema, api.get<unknown>(base, signal)),
    accept: (
      id: string,
      version: number,
      body: { data?: unknown; reply?: string },
    ): Promise<Suggestion> =>
      parsedChange(suggestionSchema, () =>
        request<unknown>('POST', `${one(id)}/accept`, { body, version }),
      ),
    decline: (id: string, reply: string): Promise<Suggestion> =>
      parsedChange(suggestionSchema, () => api.post<unknown>(`${one(id)}/decline`, { reply })),
    make: (
      kind: SuggestableKind,
      body: { itemId: string | null; baseVersion: number; data: unknown },
    ): Promise<MySuggestion> =>
      parsedChange(mySuggestionSchema, () =>
        api.post<unknown>(`${base}/${SUGGESTABLE[kind].path}`, body),
      ),
  };
};

export const mySuggestions = {
  list: async (signal?: AbortSignal): Promise<MySuggestion[]> =>
    (await parsed(mySuggestionsSchema, api.get<unknown>('/suggestions/mine', signal))).suggestions,
  withdraw: (id: string): Promise<MySuggestion> =>
    parsedChange(mySuggestionSchema, () =>
      api.post<unknown>(`/suggestions/mine/${encodeURIComponent(id)}/withdraw`, {}),
    ),
};
