// What is wrong with a language's catalogue, compared with en-GB: keys it lacks, keys en-GB does
// not have, keys filed in a different part (its pages would not fetch them), and messages with a
// broken plural or a slot English does not fill. Pure: the words are handed in, part by part.
import { checkMessage, parseMessage } from './message-format.ts';

export type PartWords = Record<string, Record<string, string>>;
export type CatalogueReport = {
  missing: string[];
  extra: string[];
  misplaced: string[];
  problems: string[];
};

export function reportOn(language: string, english: PartWords, own: PartWords): CatalogueReport {
  const partOf = new Map<string, string>();
  for (const [part, words] of Object.entries(english)) {
    for (const key of Object.keys(words)) partOf.set(key, part);
  }
  const ownPartOf = new Map<string, string>();
  for (const [part, words] of Object.entries(own)) {
    for (const key of Object.keys(words)) ownPartOf.set(key, part);
  }
  const report: CatalogueReport = { missing: [], extra: [], misplaced: [], problems: [] };
  for (const [key, part] of partOf) {
    const found = ownPartOf.get(key);
    if (found === undefined) report.missing.push(key);
    else if (found !== part) report.misplaced.push(`${key} (in ${found}, belongs in ${part})`);
  }
  for (const [key, part] of ownPartOf) {
    const original = english[partOf.get(key) ?? '']?.[key];
    if (original === undefined) {
      report.extra.push(key);
      continue;
    }
    const text = own[part]?.[key] ?? '';
    for (const problem of checkMessage(original, text, language)) {
      report.problems.push(`${key}: ${problem}`);
    }
  }
  return report;
}

/** en-GB's own messages must read, or no translation can be checked against them. */
export function englishProblems(english: PartWords): string[] {
  return Object.values(english).flatMap((words) =>
    Object.entries(words).flatMap(([key, text]) => {
      try {
        parseMessage(text);
        return [];
      } catch (error) {
        return [`${key}: ${(error as Error).message}`];
      }
    }),
  );
}
