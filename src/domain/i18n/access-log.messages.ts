// Registers the access log's words when the access log's page or words are first imported, so
// they load with that page only (translate.ts, addMessages).
import { enGBAccessLog } from './en-GB.access-log.ts';
import { addMessages } from './translate.ts';

addMessages(enGBAccessLog);
