// How hard a text is to read, by the Flesch–Kincaid grade level (Kincaid, Fishburne, Rogers,
// Chissom, 1975): 0.39 × words per sentence + 11.8 × syllables per word − 15.59. The grade is a
// US school year; a UK reading age is about the grade plus 5, so grade 4 to 6 is a reading age of
// 9 to 11. Syllables are counted by rules of English spelling written here (no dictionary), right
// for nearly every word Waymark uses; the few they get wrong are listed in SPOKEN.
// Used by the plain-words check over the en-GB catalogue (plain-words.test.ts, decision 0035).
import { type Piece, parseMessage } from './message-format.ts';

/** Words whose spelling the rules below misread, with the syllables they have when said. */
const SPOKEN: Record<string, number> = {
  people: 2,
  someone: 2,
  anyone: 3,
  everything: 3,
  area: 3,
  areas: 3,
  idea: 3,
  ideas: 3,
  create: 2,
  created: 3,
  maybe: 2,
  quiet: 2,
  science: 2,
  wednesday: 2,
  business: 2,
  evening: 2,
  jpeg: 2,
};

/** Endings after which a silent "e" stays silent: "safe|ly", "state|ment", "some|times". */
const AFTER_SILENT_E = /^(ly|ful|less|ment|ness|some|times?|thing|where|work|line|place|fore)$/;

const VOWEL_RUN = /[aeiouy]+/g;

/** The syllables of one word said aloud: letters (any case), digits, or both. */
export function syllables(word: string): number {
  // A possessive "’s" adds no syllable ("anyone’s"); other apostrophes join a word ("I’m").
  const token = word.replace(/[’']s$/i, '').replace(/[’']/g, '');
  if (/^\d+$/.test(token)) return Math.min(token.length, 4); // "999": nine-nine-nine
  const spoken = SPOKEN[token.toLowerCase()];
  if (spoken !== undefined) return spoken;
  // An abbreviation said letter by letter: "NHS", "PDF", "PHQ".
  if (/^[A-Z]{2,}$/.test(token)) return token.length;
  const parts = token
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return parts.reduce((sum, part) => sum + syllablesOfLetters(part), 0);
}

function syllablesOfLetters(word: string): number {
  const known = SPOKEN[word];
  if (known !== undefined) return known;
  if (word.length <= 3) return 1;
  // "y" starting a word is a consonant ("you", "yes"); elsewhere it sounds as a vowel.
  const letters = word.startsWith('y') ? `_${word.slice(1)}` : word;
  let count = 0;
  for (const run of letters.matchAll(VOWEL_RUN)) {
    const at = run.index;
    const after = letters.slice(at + run[0].length);
    const before = letters[at - 1] ?? '';
    count += soundsInRun(run[0], before, after);
    if (isSilentE(run[0], before, after, letters.slice(0, at))) count -= 1;
  }
  return Math.max(count, 1);
}

/** How many vowel sounds one run of vowel letters makes where it stands. */
function soundsInRun(run: string, before: string, after: string): number {
  let sounds = 1;
  // "ia", "io", "ua" say two vowels ("me-di-a", "ra-di-o", "ac-tu-al"), but not in "-tion",
  // "-cial", "-sion", "-cious" or after "q" and "g" ("quite", "language").
  if (/i[ao]/.test(run) && !/[tcsx]/.test(before)) sounds += 1;
  if (/ua/.test(run) && !/[qg]/.test(before)) sounds += 1;
  // "eo" too ("vi-de-o", "ge-o-graphy"); "people" is in SPOKEN.
  if (/eo/.test(run)) sounds += 1;
  // A vowel before "-ing" is its own syllable: "be-ing", "do-ing", "say-ing".
  if (after === 'ng' && run.length > 1 && run.endsWith('i')) sounds += 1;
  return sounds;
}

/**
 * An "e" that is written but not said: at the end ("make", "while", but not "table", "free"),
 * in "-es" and "-ed" endings ("notes", "saved", but not "changes", "wanted"), and before an
 * ending added to such a word ("safely", "statement", "someone").
 */
function isSilentE(run: string, before: string, after: string, upTo: string): boolean {
  if (run !== 'e' || upTo.length === 0 || !/[a-z]/.test(before)) return false;
  const twoBefore = upTo[upTo.length - 2] ?? '';
  const consonantBefore = !/[aeiouy_]/.test(before);
  const leAfterConsonant = before === 'l' && !/[aeiouy]/.test(twoBefore);
  if (after === '') return consonantBefore && !leAfterConsonant;
  if (after === 's')
    return consonantBefore && !leAfterConsonant && !/[sxzcg]/.test(before) && !/[cs]h$/.test(upTo);
  if (after === 'd') return consonantBefore && !/[td]/.test(before);
  // Before an added ending, only after a vowel and one consonant: "safe|ly", "state|ment".
  return (
    consonantBefore && /[aeiou]/.test(twoBefore) && !leAfterConsonant && AFTER_SILENT_E.test(after)
  );
}

export type Readability = { words: number; sentences: number; syllables: number; grade: number };

/** The words of a text: letters and digits, with apostrophes and hyphens inside a word. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * The sentences of a text: ended by ".", "!" or "?", or by a line break (a list, a heading and
 * its lines). A text with no ending mark is one sentence, as a label is.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?:])\s+|\n+|(?<=["”]),\s+(?=["“])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}

/** The Flesch–Kincaid grade of a text, with the counts it comes from. */
export function readability(text: string): Readability {
  const sentences = sentencesOf(text).length;
  const words = wordsOf(text);
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  if (words.length === 0) return { words: 0, sentences: 0, syllables: 0, grade: 0 };
  const grade =
    0.39 * (words.length / Math.max(sentences, 1)) + 11.8 * (syllableCount / words.length) - 15.59;
  return { words: words.length, sentences, syllables: syllableCount, grade };
}

/**
 * A catalogue message as a reader meets it, once for each plural form it has ("1 photo", "3
 * photos"): each `{slot}` as one short word (what fills it, a name or a date, is not the
 * message's own wording), and `#` as a number.
 */
export function messageReadings(message: string): string[] {
  const pieces = parseMessage(message);
  const forms = new Set<string>();
  const collect = (list: Piece[]) => {
    for (const piece of list) {
      if (piece.kind !== 'plural') continue;
      for (const [form, inner] of Object.entries(piece.forms)) {
        forms.add(form);
        collect(inner);
      }
    }
  };
  collect(pieces);
  const read = (list: Piece[], form: string): string =>
    list
      .map((piece) => {
        if (piece.kind === 'text') return piece.value;
        if (piece.kind === 'slot') return 'Sam';
        if (piece.kind === 'hash') return form === 'one' ? '1' : '3';
        const chosen = piece.forms[form] ?? piece.forms.other ?? Object.values(piece.forms)[0];
        return read(chosen ?? [], form);
      })
      .join('');
  const readings = [...(forms.size > 0 ? forms : ['other'])].map((form) => read(pieces, form));
  return [...new Set(readings)];
}
