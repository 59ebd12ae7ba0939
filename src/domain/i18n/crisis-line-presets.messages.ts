// Registers the crisis lines' own words with the presets, which load on demand
// (translate.ts, addMessages).
import { enGBCrisisLinePresets } from './en-GB.crisis-line-presets.ts';
import { addMessages } from './translate.ts';

addMessages(enGBCrisisLinePresets);
