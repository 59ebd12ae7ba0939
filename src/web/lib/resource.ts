// Loads data for a screen after it renders (never during render) and exposes the states every
// screen must handle: loading, error, empty and ready.
import { useEffect, useState } from 'preact/hooks';
import { type ApiError, asApiError } from './api.ts';

export type ResourceState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'empty'; data: T }
  | { status: 'ready'; data: T };

export type Resource<T> = {
  state: ResourceState<T>;
  /** After an error: show "Loading…" again and ask once more. */
  retry(): void;
  /** After a change: ask again, keeping what is on screen until the answer comes. */
  refresh(): void;
  /** Put data the server just returned on screen without asking again. */
  replace(data: T): void;
};

export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
  isEmpty: (data: T) => boolean = () => false,
): Resource<T> {
  const [state, setState] = useState<ResourceState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const settle = (data: T): ResourceState<T> =>
    isEmpty(data) ? { status: 'empty', data } : { status: 'ready', data };

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState(settle(data));
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: asApiError(error) });
      },
    );
    return () => controller.abort();
  }, [...deps, attempt]);

  return {
    state,
    retry: () => {
      setState({ status: 'loading' });
      setAttempt((n) => n + 1);
    },
    refresh: () => setAttempt((n) => n + 1),
    replace: (data) => setState(settle(data)),
  };
}

/** The data of a loaded resource, or undefined while loading or after an error. */
export function dataOf<T>(state: ResourceState<T>): T | undefined {
  return state.status === 'ready' || state.status === 'empty' ? state.data : undefined;
}
