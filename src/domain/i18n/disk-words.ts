// Reads catalogue words straight from their files, for the server and the tests: the one domain
// module that reads files, left out of the layer rule in biome.json for that. The browser never
// loads this: there each part's `*.messages.ts` fetches only the chosen language's words as one
// chunk (scripts/words-plugin.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LANGUAGE_CODES } from './languages.ts';
import { addWords, type Words } from './translate.ts';

export const CATALOGUES = fileURLToPath(new URL('./catalogues', import.meta.url));
const loaded = new Set<string>();

/** The words of one part in one language, read from its files (one per key prefix). */
export async function readPart(language: string, part: string): Promise<Words> {
  const folder = path.join(CATALOGUES, language, part);
  if (!fs.existsSync(folder)) return {};
  const files = fs.readdirSync(folder).filter((file) => file.endsWith('.ts'));
  const modules = await Promise.all(
    files.map((file) => import(pathToFileURL(path.join(folder, file)).href)),
  );
  return Object.assign({}, ...modules.map((module) => module.default as Words));
}

/** Every part a catalogue has: the folders of the en-GB catalogue, which every other follows. */
export function partNames(): string[] {
  return fs
    .readdirSync(path.join(CATALOGUES, 'en-GB'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function loadPartFromDisk(part: string): Promise<void> {
  if (loaded.has(part)) return;
  loaded.add(part);
  for (const language of LANGUAGE_CODES) addWords(language, await readPart(language, part));
}

/** The server answers in any language at any time, so it holds every part of every catalogue. */
export async function loadAllWordsFromDisk(): Promise<void> {
  await Promise.all(partNames().map(loadPartFromDisk));
}
