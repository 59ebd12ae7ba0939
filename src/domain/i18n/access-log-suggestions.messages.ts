// Registers the words of the access log's suggestion entries with the access log's words.
import { enGBAccessLogSuggestions } from './en-GB.access-log-suggestions.ts';
import { addMessages } from './translate.ts';

addMessages(enGBAccessLogSuggestions);
