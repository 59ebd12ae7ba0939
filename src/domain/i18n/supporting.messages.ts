// Registers the words of "People I support" and of relationship roles when a page using them is
// first imported (translate.ts, addMessages).
import { enGBSupporting } from './en-GB.supporting.ts';
import { addMessages } from './translate.ts';

addMessages(enGBSupporting);
