// What to say beside a one-box form when sending failed. Apart from api.ts so that only the
// lazily loaded forms that use it carry it, not every page's first load.
import { asApiError } from './api.ts';

/** The box's own problem when the server named one, else the error's message. */
export function firstProblem(error: unknown): string {
  const apiError = asApiError(error);
  return apiError.fields[0]?.message ?? apiError.message;
}
