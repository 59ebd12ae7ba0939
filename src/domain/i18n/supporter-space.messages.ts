// Registers the words of a supporter's own space and the guide when one of those pages is first
// imported (translate.ts, addMessages).
import { enGBSupporterSpace } from './en-GB.supporter-space.ts';
import { addMessages } from './translate.ts';

addMessages(enGBSupporterSpace);
