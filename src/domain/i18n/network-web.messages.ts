// Registers the support network's words with the first page that shows them
// (translate.ts, addMessages).
import { enGBNetworkWeb } from './en-GB.network-web.ts';
import { addMessages } from './translate.ts';

addMessages(enGBNetworkWeb);
