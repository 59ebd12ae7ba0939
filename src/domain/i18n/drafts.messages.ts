// Registers the words of drafts and merging when a form is first imported, so they load with
// the forms only (translate.ts, addMessages).
import { enGBDrafts } from './en-GB.drafts.ts';
import { addMessages } from './translate.ts';

addMessages(enGBDrafts);
