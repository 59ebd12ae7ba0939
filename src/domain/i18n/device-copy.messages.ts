// Registers the words for the device copy seen signed out when the crisis plan page's code is
// first loaded, so they travel with it instead of every page's first load (translate.ts).
import { enGBDeviceCopy } from './en-GB.device-copy.ts';
import { addMessages } from './translate.ts';

addMessages(enGBDeviceCopy);
