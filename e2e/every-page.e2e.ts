// The walk over every page in English (every-page.ts), and the check that it stops at every
// route the router has. Urdu, right to left, walks in every-page-ur.e2e.ts beside it.
import { describeEveryPage, describeRouteCoverage } from './every-page.ts';
import { walkIn } from './walk.ts';

describeEveryPage(walkIn('en-GB'));
describeRouteCoverage();
