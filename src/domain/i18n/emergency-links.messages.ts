// Registers the emergency links page's words when it is first imported, so they load with that
// page only (translate.ts, addMessages).
import { enGBEmergencyLinks } from './en-GB.emergency-links.ts';
import { addMessages } from './translate.ts';

addMessages(enGBEmergencyLinks);
