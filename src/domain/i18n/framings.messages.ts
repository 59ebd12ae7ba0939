// Registers the words of the framings of life areas when first imported: by the chooser on the
// life areas page and by the server (translate.ts, addMessages).
import { enGBFramings } from './en-GB.framings.ts';
import { addMessages } from './translate.ts';

addMessages(enGBFramings);
