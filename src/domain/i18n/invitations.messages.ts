// Registers the invitation words when an invitation page or schema is first imported, so they
// load with those pages only (translate.ts, addMessages).
import { enGBInvitations } from './en-GB.invitations.ts';
import { addMessages } from './translate.ts';

addMessages(enGBInvitations);
