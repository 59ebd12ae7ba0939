// The pages of working together that load on demand (notifications, a supporter's own space and
// the guide), and the navigation's notifications link, from one chunk: each separate chunk the
// app shell can load costs its first load a little, and the shell is at its budget.

export { SupporterSpacePage } from '../supporter-space/SupporterSpacePage.tsx';
export { SupportingGuidePage } from '../supporter-space/SupportingGuidePage.tsx';
export { NotificationsLink } from './NotificationsLink.tsx';
export { NotificationsPage } from './NotificationsPage.tsx';
