// Registers the words of foldable form parts when a form using them is first imported, so they
// load with those forms only (translate.ts, addMessages).
import { enGBFolds } from './en-GB.folds.ts';
import { addMessages } from './translate.ts';

addMessages(enGBFolds);
