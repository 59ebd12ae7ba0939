// Registers the words "How I'm doing" adds when its page is first imported, so they load with
// that page only (translate.ts, addMessages).
import { enGBProgress } from './en-GB.progress.ts';
import { addMessages } from './translate.ts';

addMessages(enGBProgress);
