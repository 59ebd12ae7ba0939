// Registers the words of comments and views side by side when their parts are first imported,
// so they load with those parts only (translate.ts, addMessages).
import { enGBCollaboration } from './en-GB.collaboration.ts';
import { addMessages } from './translate.ts';

addMessages(enGBCollaboration);
