// Runs before every server and domain test file: the server holds every catalogue's words.
import { loadAllWordsFromDisk } from '../../domain/i18n/disk-words.ts';
import { DEFAULT_LANGUAGE } from '../../domain/i18n/languages.ts';
import { startIn } from '../../domain/i18n/translate.ts';

await loadAllWordsFromDisk();
// The files of a worker share modules (vitest.config.ts): one that chose another language for
// words given outside a request leaves it chosen, so each file starts in the default one.
startIn(DEFAULT_LANGUAGE);
