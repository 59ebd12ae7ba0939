// Registers the crisis lines' words with the first page that shows them
// (translate.ts, addMessages).
import { enGBCrisisLines } from './en-GB.crisis-lines.ts';
import { addMessages } from './translate.ts';

addMessages(enGBCrisisLines);
