// Comments on a goal and views beside a plan or rating: calls and data hooks (decision 0030).
import type {
  Annotation,
  AnnotationList,
  Comment,
  CommentList,
} from '../../../domain/collaboration/collaboration.schema.ts';
import { api, recordPath } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';

const commentsPath = (personId: string, goalId: string) =>
  recordPath(personId, `/goals/${goalId}/comments`);

export function useComments(personId: string, goalId: string) {
  return useResource<CommentList>(
    (signal) => api.get<CommentList>(commentsPath(personId, goalId), signal),
    [personId, goalId],
  );
}

export const comments = (personId: string, goalId: string) => ({
  add: (text: string, stepId: string | null) =>
    api.post<Comment>(commentsPath(personId, goalId), { text, stepId }),
  remove: (id: string) => api.delete<void>(`${commentsPath(personId, goalId)}/${id}`, 0),
  setHidden: (id: string, hidden: boolean) =>
    api.put<Comment>(`${commentsPath(personId, goalId)}/${id}/hidden`, { hidden }, 0),
});

/** `path` is the views' place under the record, e.g. `/staying-well-plan/views`. */
export function useViews(personId: string, path: string) {
  return useResource<AnnotationList>(
    (signal) => api.get<AnnotationList>(recordPath(personId, path), signal),
    [personId, path],
  );
}

export const views = (personId: string, path: string) => ({
  add: (input: { text: string; part: string; version: number }) =>
    api.post<Annotation>(recordPath(personId, path), input),
  reply: (viewId: string, text: string) =>
    api.post<Annotation>(recordPath(personId, `${path}/replies`), { viewId, text }),
  /** The author takes their own view back. */
  remove: (viewId: string) => api.delete<void>(recordPath(personId, `${path}/${viewId}`), 0),
});
