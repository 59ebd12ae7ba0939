// Registers the words for the password and signed-in devices when first imported, so they load
// with the Settings page only (translate.ts, addMessages).
import { enGBAccountSecurity } from './en-GB.account-security.ts';
import { addMessages } from './translate.ts';

addMessages(enGBAccountSecurity);
