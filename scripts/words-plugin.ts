// Lets the browser load only the chosen language (docs/decisions/0032). Each part of the catalogue
// has a module `src/domain/i18n/<part>.messages.ts` that pages import for its words. On the server
// that module reads every language from disk; in the browser this plugin puts in its place code
// that asks for one chunk, the part's words in the chosen language. That chunk holds the files of
// catalogues/<language>/<part>/, plus the en-GB words of any key the language still lacks, so a
// missing translation falls back to English without the browser fetching English too. The words
// of the parts on many pages come in the core's chunk, and a first page's words (a `?words`
// import) all in one file (decision 0057).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { LANGUAGE_CODES } from '../src/domain/i18n/languages.ts';
import { checkMessage } from '../src/domain/i18n/message-format.ts';
import { partsUsedBy } from './page-parts.ts';

const I18N = path.resolve('src/domain/i18n');

/**
 * Parts whose words are on many pages (each on at least one page in twelve, counting the
 * parts of the app that load on demand): they come in the core part's chunk, which every page
 * loads before its first render, rather than each in a chunk of its own, which a first load
 * would fetch as one more file (decision 0057). Their `*.messages.ts` modules stay, saying
 * which modules show them; in the browser those do nothing.
 */
export const PARTS_WITH_CORE: readonly string[] = [
  'agreed-line',
  'checkins',
  'crisis-lines',
  'crisis-plan',
  'plans-web',
  'shared',
  'suggest-link',
  'unreadable',
];

/** The parts whose words come in `part`'s chunk: the core brings the parts above. */
const partsIn = (part: string) => (part === 'core' ? ['core', ...PARTS_WITH_CORE] : [part]);
const CATALOGUES = path.join(I18N, 'catalogues');
const PART_MODULE = /\/src\/domain\/i18n\/([a-z-]+)\.messages\.ts$/;
const WORDS_ID = /^\0words:([a-z-]+):([A-Za-z-]+)$/;
// `import askForWords from './Page.tsx?words'`: asks for all the page's words in one file.
const PAGE_WORDS = '?words';
const PAGE_WORDS_ID = /^\0page-words:(.+)$/;
// That file: the words of several parts (joined by plus signs) in one language.
const FIRST_WORDS_ID = /^\0first-words:([a-z+-]+):([A-Za-z-]+)$/;

function filesOf(language: string, part: string): string[] {
  const folder = path.join(CATALOGUES, language, part);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => path.join(folder, file));
}

async function readWords(files: string[]): Promise<Record<string, string>> {
  // A query per read, so a catalogue changed while the dev server runs is read afresh.
  const modules = await Promise.all(
    files.map((file) => import(`${pathToFileURL(file).href}?read=${fs.statSync(file).mtimeMs}`)),
  );
  return Object.assign({}, ...modules.map((module) => module.default));
}

/** English for every key the language lacks, after checking each translation it has. */
async function fallbackFor(language: string, part: string): Promise<Record<string, string>> {
  const english = await readWords(filesOf('en-GB', part));
  if (language === 'en-GB') return {};
  const own = await readWords(filesOf(language, part));
  const problems = Object.entries(own).flatMap(([key, text]) => {
    if (!(key in english)) return [`${language} ${key}: not a key of the en-GB catalogue`];
    const found = checkMessage(english[key] ?? '', text, language);
    return found.map((problem) => `${language} ${key}: ${problem}`);
  });
  if (problems.length > 0) throw new Error(`Catalogue problems:\n${problems.join('\n')}`);
  return Object.fromEntries(Object.entries(english).filter(([key]) => !(key in own)));
}

/**
 * The module a `?words` import gives: a function that asks, in the chosen language, for the
 * words of every part `page` shows (the core's included) in one file, so that they travel beside
 * the page's code instead of after it, one request for all (early-start.ts, decision 0057).
 */
function askForPageWords(page: string, watcher: { addWatchFile(file: string): void }): string {
  const { parts, files } = partsUsedBy(page);
  for (const file of files) watcher.addWatchFile(file);
  const own = parts.filter((part) => part !== 'core' && !PARTS_WITH_CORE.includes(part));
  // A page with no words beyond the core's needs no file of its own: the core's is asked for
  // at the same moment (main.tsx).
  if (own.length === 0) return 'export default () => undefined;';
  const key = ['core', ...own].join('+');
  const loaders = LANGUAGE_CODES.map(
    (code) =>
      `  ${JSON.stringify(code)}: () => import(${JSON.stringify(`first-words:${key}:${code}`)}),`,
  );
  return [
    `import { loadPartsTogether } from ${JSON.stringify(path.join(I18N, 'translate.ts'))};`,
    `const loaders = {\n${loaders.join('\n')}\n};`,
    `export default (language) =>`,
    `  loadPartsTogether(language, ${JSON.stringify(['core', ...own])}, loaders[language]);`,
  ].join('\n');
}

/** The words of `parts` in `language`, as one object: a chunk with no imports of its own. */
async function wordsOf(
  language: string,
  parts: readonly string[],
  watcher: { addWatchFile(file: string): void },
): Promise<Record<string, string>> {
  const all = await Promise.all(
    parts.map(async (part) => {
      const files = filesOf(language, part);
      for (const file of [...files, ...filesOf('en-GB', part)]) watcher.addWatchFile(file);
      return { ...(await fallbackFor(language, part)), ...(await readWords(files)) };
    }),
  );
  return Object.assign({}, ...all);
}

export function words(): Plugin {
  return {
    name: 'waymark-words',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id.endsWith(PAGE_WORDS) && importer) {
        const page = path.resolve(path.dirname(importer), id.slice(0, -PAGE_WORDS.length));
        return `\0page-words:${page}`;
      }
      const virtual = `\0${id}`;
      return WORDS_ID.test(virtual) || FIRST_WORDS_ID.test(virtual) ? virtual : undefined;
    },
    async load(id) {
      const pageWords = PAGE_WORDS_ID.exec(id);
      if (pageWords) return askForPageWords(pageWords[1] as string, this);
      const firstWords = FIRST_WORDS_ID.exec(id);
      if (firstWords) {
        const [, key = '', language = ''] = firstWords;
        const words = await wordsOf(language, key.split('+').flatMap(partsIn), this);
        return `export default ${JSON.stringify(words)};`;
      }
      const partModule = PART_MODULE.exec(id);
      if (partModule) {
        const part = partModule[1] as string;
        if (PARTS_WITH_CORE.includes(part))
          return '// Its words come with the core part.\nexport {};';
        const loaders = LANGUAGE_CODES.map(
          (code) =>
            `  ${JSON.stringify(code)}: () => import(${JSON.stringify(`words:${part}:${code}`)}),`,
        );
        return [
          `import { loadPart } from ${JSON.stringify(path.join(I18N, 'translate.ts'))};`,
          `await loadPart(${JSON.stringify(part)}, {\n${loaders.join('\n')}\n});`,
        ].join('\n');
      }
      const chunk = WORDS_ID.exec(id);
      if (!chunk) return undefined;
      const [, part = '', language = ''] = chunk;
      return `export default ${JSON.stringify(await wordsOf(language, partsIn(part), this))};`;
    },
  };
}
