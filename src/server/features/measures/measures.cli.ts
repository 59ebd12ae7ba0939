// `waymark measures import FILE`: a service adds a FHIR Questionnaire, or loads the wording of
// a skeleton from its licensed copy. Every problem is printed with where it is (which item,
// what is wrong), the exit code is 1, and nothing is stored.
import fs from 'node:fs';
import { wordsFor } from '../../../domain/i18n/said.ts';
import type { Config } from '../../config.ts';
import { openStore } from '../../store/db.ts';
import { createMeasureLibraryRepo } from './measure-library.repo.ts';
import { createMeasureLibrary, type ImportOutcome } from './measure-library.service.ts';

export const MEASURES_USAGE = 'node src/server/cli.ts measures import FILE';

/** Where the output goes; the CLI passes the console, tests may pass their own. */
export type Output = { out(line: string): void; err(line: string): void };

function readJson(file: string, output: Output): { ok: true; json: unknown } | { ok: false } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'there is no such file'
        : 'it cannot be read';
    output.err(`Nothing was imported: ${file}: ${reason}.`);
    return { ok: false };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    output.err(`Nothing was imported: ${file} is not valid JSON (${(error as Error).message}).`);
    return { ok: false };
  }
}

function report(file: string, outcome: ImportOutcome, output: Output): number {
  if (!outcome.ok) {
    const count = outcome.errors.length;
    output.err(
      `Nothing was imported: ${file} has ${count} ${count === 1 ? 'problem' : 'problems'}:`,
    );
    for (const error of outcome.errors) {
      output.err(`  - ${error.path ? `${error.path}: ` : ''}${wordsFor(error.message)}`);
    }
    return 1;
  }
  const { measure, change, kind } = outcome;
  const name = `"${measure.title}" (id ${measure.id}, version ${measure.version})`;
  const done = {
    added: `Imported ${name}.`,
    'wording-loaded':
      kind === 'wording'
        ? `Loaded the wording of ${name}.`
        : `Replaced the skeleton of ${name} with the full questionnaire.`,
    unchanged: `${name} is already stored exactly like this; nothing changed.`,
  }[change];
  output.out(done);
  output.out(
    measure.needsWording
      ? `It still needs its wording loaded before anyone can answer it.`
      : 'People can answer it now.',
  );
  return 0;
}

/** Runs the command; returns the exit code. */
export async function importMeasuresCommand(
  args: string[],
  config: () => Config,
  output: Output,
): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) {
    output.err(`Usage: ${MEASURES_USAGE}`);
    return 2;
  }
  const read = readJson(file, output);
  if (!read.ok) return 1;
  const store = await openStore(config().database);
  try {
    const library = createMeasureLibrary(createMeasureLibraryRepo(store.db), () => new Date());
    return report(file, await library.importFile(read.json), output);
  } finally {
    await store.close();
  }
}
