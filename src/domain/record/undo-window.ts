// How long something deleted (or a file taken off a plan) can still be brought back. Shared so
// the web can say the same number the server keeps to.
export const UNDO_WINDOW_DAYS = 30;
