// Suggestions: the person's list and decisions, a suggester's own list, withdraw and making
// one. Answers are parsed with the shared schemas (decision 0029).
import {
  type MySuggestion,
  mySuggestionSchema,
  mySuggestionsSchema,
  SUGGESTABLE,
  type SuggestableKind,
  type Suggestion,
  type Suggestions,
  suggestionSchema,
  suggestionsSchema,
} from '../../../domain/suggestions/suggestion.schema.ts';
import { api, recordPath, request } from '../../lib/api.ts';

export const suggestions = (personId: string) => {
  const base = recordPath(personId, '/suggestions');
  const one = (id: string) => `${base}/${encodeURIComponent(id)}`;
  return {
    list: async (signal?: AbortSignal): Promise<Suggestions> =>
      suggestionsSchema.parse(await api.get<unknown>(base, signal)),
    accept: async (
      id: string,
      version: number,
      body: { data?: unknown; reply?: string },
    ): Promise<Suggestion> =>
      suggestionSchema.parse(
        await request<unknown>('POST', `${one(id)}/accept`, { body, version }),
      ),
    decline: async (id: string, reply: string): Promise<Suggestion> =>
      suggestionSchema.parse(await api.post<unknown>(`${one(id)}/decline`, { reply })),
    make: async (
      kind: SuggestableKind,
      body: { itemId: string | null; baseVersion: number; data: unknown },
    ): Promise<MySuggestion> =>
      mySuggestionSchema.parse(await api.post<unknown>(`${base}/${SUGGESTABLE[kind].path}`, body)),
  };
};

export const mySuggestions = {
  list: async (signal?: AbortSignal): Promise<MySuggestion[]> =>
    mySuggestionsSchema.parse(await api.get<unknown>('/suggestions/mine', signal)).suggestions,
  withdraw: async (id: string): Promise<MySuggestion> =>
    mySuggestionSchema.parse(
      await api.post<unknown>(`/suggestions/mine/${encodeURIComponent(id)}/withdraw`, {}),
    ),
};
