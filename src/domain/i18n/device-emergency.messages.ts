// Registers the words of the device copy and the emergency page with the first page that shows them
// (translate.ts, addMessages).
import { enGBDeviceEmergency } from './en-GB.device-emergency.ts';
import { addMessages } from './translate.ts';

addMessages(enGBDeviceEmergency);
