// The rounding used wherever megabytes are shown, free of zod so an upload can say how much
// room is left before any schema loads (storage.ts shares the answer's shape).

const MB = 1024 * 1024;

/** Megabytes to one decimal place, rounded down: for space left, never overstated. */
export const megabytesDown = (bytes: number) => Math.floor((bytes / MB) * 10) / 10;

/** Megabytes to one decimal place, rounded up: for space used, never understated. */
export const megabytesUp = (bytes: number) => Math.ceil((bytes / MB) * 10) / 10;
