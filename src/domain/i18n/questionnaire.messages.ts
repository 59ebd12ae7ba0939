// The words of the "questionnaire" part: the questionnaire engine's problems with a measure file or
// with answers, and the steps of a score. Here (server and tests) they are read from the catalogue
// files; in the browser scripts/words-plugin.ts puts code in this module's place that fetches only
// the chosen language's words, as one chunk, when a module that needs them first loads (the
// answers' check, loaded once a measure's answers are sent).
import { loadPartFromDisk } from './disk-words.ts';

await loadPartFromDisk('questionnaire');
