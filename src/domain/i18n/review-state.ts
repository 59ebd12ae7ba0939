// How much of a catalogue a native speaker has checked (catalogues/<code>/review.ts): every key
// not listed there still needs review. Read from disk, so only for the tests and the scripts.
import type { PartWords } from './catalogue-report.ts';
import { CATALOGUES } from './disk-words.ts';

export async function readCatalogue(
  language: string,
  parts: string[],
  readPart: (language: string, part: string) => Promise<Record<string, string>>,
): Promise<PartWords> {
  const entries = await Promise.all(
    parts.map(async (part) => [part, await readPart(language, part)] as const),
  );
  return Object.fromEntries(entries.filter(([, words]) => Object.keys(words).length > 0));
}

export async function reviewState(
  language: string,
  english: PartWords,
): Promise<{ total: number; checked: number; needReview: number }> {
  const keys = new Set(Object.values(english).flatMap((words) => Object.keys(words)));
  let checked: readonly string[] = [];
  try {
    const module = await import(`${CATALOGUES}/${language}/review.ts`);
    checked = module.checkedByNativeSpeaker ?? [];
  } catch {
    // No review file: nothing has been checked.
  }
  const checkedKnown = checked.filter((key) => keys.has(key)).length;
  return { total: keys.size, checked: checkedKnown, needReview: keys.size - checkedKnown };
}
