// Registers the welcome's words when its page is first imported, so they load with that page
// only (translate.ts, addMessages).
import { enGBWelcome } from './en-GB.welcome.ts';
import { addMessages } from './translate.ts';

addMessages(enGBWelcome);
