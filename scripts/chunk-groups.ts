// How the build puts the app's modules into files (decision 0057). A phone on HTTP/1.1 fetches
// at most six files at a time from one server, and each costs a round trip, so a first load of
// fifty small files waits far longer than one of ten larger ones. Left to itself, the bundler
// makes a file for every set of pages that shares some modules: 128 shared files of 0.7 KiB gzip
// on average, of which Home needed 25 beyond the 16 of the shell. Two groups instead:
//   - the shell: everything the entry loads at start, in one file (the entry itself stays a
//     small file of its own, which index.html, the manifest and the service worker name);
//   - common: code that at least COMMON_AT pages (and other parts loaded on demand) need, in
//     one file, unless it needs zod (never in a first load, decision 0037) or a part's words
//     that do not come with the core (its module waits for them, so every page loading the file
//     would fetch them).
// Everything else is split by the bundler as before.
import path from 'node:path';
import { PARTS_WITH_CORE } from './words-plugin.ts';

/** A module shared by at least this many parts of the app that load on demand goes in common. */
export const COMMON_AT = 10;

type ModuleInfo = { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] };
type Context = { getModuleInfo(id: string): ModuleInfo | null };

const PART_MODULE = /\/src\/domain\/i18n\/([a-z-]+)\.messages\.ts$/;
const ZOD = /\/node_modules\/zod\//;

function staticClosure(context: Context, root: string): Set<string> {
  const seen = new Set<string>();
  const todo = [root];
  while (todo.length > 0) {
    const id = todo.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...(context.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/** Whether a module (or anything it imports) waits for words that are not the core's. */
function waitsForOwnWords(closure: Set<string>): boolean {
  return [...closure].some((id) => {
    const part = PART_MODULE.exec(id)?.[1];
    return part !== undefined && part !== 'core' && !PARTS_WITH_CORE.includes(part);
  });
}

/** The modules that go in common, worked out once from the whole module graph. */
function commonModules(context: Context, main: string): Set<string> {
  const shell = staticClosure(context, main);
  const uses = new Map<string, number>();
  const seenTargets = new Set<string>();
  const todo = [...shell];
  while (todo.length > 0) {
    const id = todo.pop() as string;
    for (const target of context.getModuleInfo(id)?.dynamicallyImportedIds ?? []) {
      if (target.startsWith('\0') || seenTargets.has(target)) continue;
      seenTargets.add(target);
      const closure = staticClosure(context, target);
      for (const used of closure) if (!shell.has(used)) uses.set(used, (uses.get(used) ?? 0) + 1);
      todo.push(...closure);
    }
  }
  const common = new Set<string>();
  for (const [id, count] of uses) {
    if (count < COMMON_AT) continue;
    const closure = staticClosure(context, id);
    if ([...closure].some((used) => ZOD.test(used)) || waitsForOwnWords(closure)) continue;
    common.add(id);
  }
  return common;
}

/** Rolldown's `output.codeSplitting.groups` for the web app, whose entry module is `main`. */
export function chunkGroups(main: string) {
  let common: Set<string> | null = null;
  const entry = (id: string) => id === main || id.endsWith(`${path.sep}index.html`);
  return [
    { name: 'shell', tags: ['$initial' as const], test: (id: string) => !entry(id), priority: 2 },
    {
      name: (id: string, context: Context) => {
        common ??= commonModules(context, main);
        return common.has(id) ? 'common' : null;
      },
      priority: 1,
    },
  ];
}
