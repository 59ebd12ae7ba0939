// Prints the gzip size of the JavaScript each page loads first (the entry chunk, the page's
// own chunk, everything they import statically and their words in one language, from Vite's
// manifest), for every language, and fails when any
// page is over the budget: 75 KiB, so Waymark stays quick on a cheap phone with little data.
// It also fails when any page loads zod first: the schemas come after the page is on screen
// (decision 0037).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ZOD_CHUNKS_FILE } from './zod-chunks-plugin.ts';

const BUDGET_BYTES = 75 * 1024;
const outDir = path.resolve('dist/web');
type Chunk = {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
};
const manifest = JSON.parse(
  fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'),
) as Record<string, Chunk>;

function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(imported, seen);
  return seen;
}

const gzipCache = new Map<string, number>();
function gzipSize(key: string): number {
  const file = manifest[key]?.file ?? '';
  if (!file.endsWith('.js')) return 0;
  if (!gzipCache.has(file))
    gzipCache.set(file, gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length);
  return gzipCache.get(file) ?? 0;
}
const total = (keys: Set<string>) => [...keys].reduce((sum, key) => sum + gzipSize(key), 0);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

// A page also fetches, at once, the words of each catalogue part it uses, in one language only
// (scripts/words-plugin.ts): those chunks count towards its first load, language by language.
const LANGUAGE_OF_WORDS = /(?:^|\/)words:[a-z-]+:([A-Za-z-]+)$/;
// A first page's words in one file (first-pages.ts): the same words as its parts' files, which
// are counted instead.
const FIRST_WORDS = /first-words:[a-z+-]+:[A-Za-z-]+$/;
function withWords(keys: Set<string>, language: string): Set<string> {
  const all = new Set(keys);
  for (const key of keys) {
    for (const dynamic of manifest[key]?.dynamicImports ?? []) {
      if (LANGUAGE_OF_WORDS.exec(dynamic)?.[1] === language) staticClosure(dynamic, all);
    }
  }
  return all;
}
const languages = [
  ...new Set(Object.keys(manifest).flatMap((key) => LANGUAGE_OF_WORDS.exec(key)?.[1] ?? [])),
].sort();

// The chunks holding zod (scripts/zod-chunks-plugin.ts), by manifest key.
const zodFiles = new Set(
  JSON.parse(fs.readFileSync(path.join(outDir, ZOD_CHUNKS_FILE), 'utf8')) as string[],
);
const zodKeys = new Set(
  Object.keys(manifest).filter((key) => zodFiles.has(manifest[key]?.file ?? '')),
);
const loadsZodFirst: string[] = [];

let worst = 0;
const worstBy = new Map<string, number>();
for (const [entryKey, entry] of Object.entries(manifest)) {
  if (!entry.isEntry) continue;
  const shell = staticClosure(entryKey);
  console.log(`App shell (${entryKey}): ${kib(total(shell))} gzip without words`);
  // Every page the shell can load: those the entry asks for, and the first pages, which the
  // shell's early start asks for (src/web/first-pages.ts).
  const pages = [
    ...new Set(
      [...shell].flatMap(
        (key) =>
          manifest[key]?.dynamicImports?.filter(
            (d) => !LANGUAGE_OF_WORDS.test(d) && !FIRST_WORDS.test(d),
          ) ?? [],
      ),
    ),
  ];
  console.log(
    `  ${'first load with words'.padEnd(24)} ${languages.map((l) => l.padStart(9)).join(' ')}`,
  );
  for (const pageKey of pages.length > 0 ? pages : [entryKey]) {
    const firstLoad = staticClosure(pageKey, new Set(shell));
    const name = manifest[pageKey]?.name ?? pageKey;
    if ([...firstLoad].some((key) => zodKeys.has(key))) loadsZodFirst.push(name);
    const sizes = languages.map((language) => total(withWords(firstLoad, language)));
    sizes.forEach((size, i) => {
      const language = languages[i] ?? '';
      worstBy.set(language, Math.max(worstBy.get(language) ?? 0, size));
    });
    worst = Math.max(worst, ...sizes);
    console.log(`  ${name.padEnd(24)} ${sizes.map((size) => kib(size).padStart(9)).join(' ')}`);
  }
}
for (const [language, size] of worstBy) {
  console.log(`Largest first load in ${language}: ${kib(size)} gzip`);
}
console.log(`Largest first load: ${kib(worst)} gzip (budget ${kib(BUDGET_BYTES)})`);
if (worst > BUDGET_BYTES) {
  console.error(`Over budget by ${kib(worst - BUDGET_BYTES)}`);
  process.exit(1);
}
if (zodKeys.size === 0) {
  console.error(`No chunk holds zod (${ZOD_CHUNKS_FILE}): the check below would prove nothing.`);
  process.exit(1);
}
if (loadsZodFirst.length > 0) {
  console.error(
    `zod is in the first load of: ${loadsZodFirst.join(', ')}. zod and the schemas are a third ` +
      'of a first load; a page names its schema with a loader (src/web/lib/lazy-schema.ts) and ' +
      'takes constants from zod-free modules, so they load after it is on screen (decision 0037).',
  );
  process.exit(1);
}
console.log('No page loads zod first.');
