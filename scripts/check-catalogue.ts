// Prints the state of each language's catalogue (or those named): keys missing, extra, filed in
// the wrong part, messages with problems, and how many still need a native speaker's review.
//   node scripts/check-catalogue.ts [cy pl ...]
// Exits 1 when any listed language has a problem, naming every key.
import { reportOn } from '../src/domain/i18n/catalogue-report.ts';
import { partNames, readPart } from '../src/domain/i18n/disk-words.ts';
import { LANGUAGE_CODES } from '../src/domain/i18n/languages.ts';
import { readCatalogue, reviewState } from '../src/domain/i18n/review-state.ts';

const wanted = process.argv.slice(2);
const languages = (wanted.length > 0 ? wanted : LANGUAGE_CODES).filter((code) => code !== 'en-GB');
const english = await readCatalogue('en-GB', partNames(), readPart);
let failed = false;
for (const language of languages) {
  const own = await readCatalogue(language, partNames(), readPart);
  const report = reportOn(language, english, own);
  const review = await reviewState(language, english);
  console.log(
    `${language}: ${review.total - report.missing.length} of ${review.total} keys, ` +
      `${review.needReview} need review by a native speaker`,
  );
  for (const [what, keys] of Object.entries(report)) {
    if (keys.length === 0) continue;
    failed = true;
    console.log(`  ${what} (${keys.length}):`);
    for (const key of keys) console.log(`    ${key}`);
  }
}
process.exit(failed ? 1 : 0);
