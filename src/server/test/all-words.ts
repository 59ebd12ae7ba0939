// Runs before every server and domain test file: the server holds every catalogue's words.
import { loadAllWordsFromDisk } from '../../domain/i18n/disk-words.ts';

await loadAllWordsFromDisk();
