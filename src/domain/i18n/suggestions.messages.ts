// Registers the suggestion words when a suggestion page or the suggestions service is first
// imported, so they load with those pages only (translate.ts, addMessages).
import { enGBSuggestions } from './en-GB.suggestions.ts';
import { addMessages } from './translate.ts';

addMessages(enGBSuggestions);
