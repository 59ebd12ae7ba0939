// Registers the notification words when a notification page or the server's notifier is first
// imported, so they load with those pages only (translate.ts, addMessages).
import { enGBNotifications } from './en-GB.notifications.ts';
import { addMessages } from './translate.ts';

addMessages(enGBNotifications);
