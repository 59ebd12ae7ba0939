// Lets the browser load only the chosen language (docs/decisions/0032). Each part of the catalogue
// has a module `src/domain/i18n/<part>.messages.ts` that pages import for its words. On the server
// that module reads every language from disk; in the browser this plugin puts in its place code
// that asks for one chunk, the part's words in the chosen language. That chunk holds the files of
// catalogues/<language>/<part>/, plus the en-GB words of any key the language still lacks, so a
// missing translation falls back to English without the browser fetching English too.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { LANGUAGE_CODES } from '../src/domain/i18n/languages.ts';
import { checkMessage } from '../src/domain/i18n/message-format.ts';

const I18N = path.resolve('src/domain/i18n');
const CATALOGUES = path.join(I18N, 'catalogues');
const PART_MODULE = /\/src\/domain\/i18n\/([a-z-]+)\.messages\.ts$/;
const WORDS_ID = /^\0words:([a-z-]+):([A-Za-z-]+)$/;

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

export function words(): Plugin {
  return {
    name: 'waymark-words',
    enforce: 'pre',
    resolveId(id) {
      return WORDS_ID.test(`\0${id}`) ? `\0${id}` : undefined;
    },
    async load(id) {
      const partModule = PART_MODULE.exec(id);
      if (partModule) {
        const part = partModule[1] as string;
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
      const files = filesOf(language, part);
      for (const file of [...files, ...filesOf('en-GB', part)]) this.addWatchFile(file);
      // The words themselves, as one object: a chunk with no imports of its own.
      const own = { ...(await fallbackFor(language, part)), ...(await readWords(files)) };
      return `export default ${JSON.stringify(own)};`;
    },
  };
}
