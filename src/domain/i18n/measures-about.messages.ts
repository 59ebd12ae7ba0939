// Registers the plain-words descriptions of questionnaires when a questionnaire page is first
// imported, so they load with those pages only (translate.ts, addMessages).
import { enGBMeasuresAbout } from './en-GB.measures-about.ts';
import { addMessages } from './translate.ts';

addMessages(enGBMeasuresAbout);
