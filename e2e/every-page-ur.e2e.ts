// The walk over every page in Urdu (every-page.ts): right to left, in Arabic script. A file of
// its own so that it runs beside the English walk rather than after it.
import { describeEveryPage } from './every-page.ts';
import { walkIn } from './walk.ts';

describeEveryPage(walkIn('ur'));
