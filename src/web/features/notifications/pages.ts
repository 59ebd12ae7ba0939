// The pages of working together that load on demand (notifications, a supporter's own space and
// the guide), and the navigation's notifications link, from one chunk: each separate chunk the
// app shell can load costs its first load a few bytes, and the shell is at its budget.
export { NotificationsLink } from './NotificationsLink.tsx';
export { TogetherRoutes } from './TogetherRoutes.tsx';
