// Registers the words of the plans, the support network, the crisis lines, the device copy and
// emergency pages when one of them is first imported, so they load with those pages only and not
// with every first load (translate.ts, addMessages).
import { enGBPlansWeb } from './en-GB.plans-web.ts';
import { addMessages } from './translate.ts';

addMessages(enGBPlansWeb);
