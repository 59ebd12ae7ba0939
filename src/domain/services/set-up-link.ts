// How long a set-up link works, from when it was made (decision 0038). Its own module, free of
// zod, so a page that only says it loads no schema code (decision 0037).
export const SET_UP_LINK_DAYS = 7;
