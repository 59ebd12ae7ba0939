// Registers the Settings page's words when it is first imported, so they load with that page
// only (translate.ts, addMessages).
import { enGBSettings } from './en-GB.settings.ts';
import { addMessages } from './translate.ts';

addMessages(enGBSettings);
