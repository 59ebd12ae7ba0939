// A refusal of an import naming its first problem, as a message to be worded by the reader.
import { AppError } from '../../../domain/errors.ts';
import type { Said } from '../../../domain/i18n/said.ts';

export class ImportRefused extends Error {
  readonly problem: Said;
  constructor(problem: Said) {
    super('import refused');
    this.problem = problem;
  }
}

/** The one error an import refusal is sent as: WM_IMPORT_INVALID with the problem as a value. */
export const importInvalid = (problem: Said) =>
  new AppError('WM_IMPORT_INVALID', { params: { problem } });
