// The words of the "outcome-reports" part (issue 16, decision 0053): the Outcomes page and its
// refusals. Here (server and tests) they are read from the catalogue files; in the browser
// scripts/words-plugin.ts puts code in this module's place that fetches only the chosen
// language's words, as one chunk, when a page that needs them first loads.
import { loadPartFromDisk } from './disk-words.ts';

await loadPartFromDisk('outcome-reports');
