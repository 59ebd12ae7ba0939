// How long a reset link works, and how many go to one account in an hour (issue 15). Its own
// module, free of zod, so a page that only says it loads no schema code (decision 0037).

/** How long a reset link works. Short: whoever can read the inbox can use it. */
export const RESET_LINK_MINUTES = 60;
/** Links sent to one account in an hour; more are not sent, so nobody can flood an inbox. */
export const RESET_LINKS_PER_HOUR = 3;
