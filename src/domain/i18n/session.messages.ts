// Registers the time-out warning's words when its code is first loaded, so they travel with it
// instead of every page's first load (translate.ts, addMessages).
import { enGBSession } from './en-GB.session.ts';
import { addMessages } from './translate.ts';

addMessages(enGBSession);
