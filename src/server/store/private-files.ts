// The embedded database holds people's records, so its folder and files are for the server's
// own user only: the folder 0700, the files 0600. New ones are made that way whatever the
// process umask; ones left looser by an earlier release or by hand are tightened at start,
// and each one tightened is named so the operator knows it happened.
import fs from 'node:fs';

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** A path whose permissions were tightened, with the mode it had. */
export type Tightened = { path: string; was: number; now: number };

const octal = (mode: number) => `0${(mode & 0o777).toString(8)}`;

export function describeTightened(tightened: Tightened[]): string {
  const list = tightened.map((t) => `${t.path} (${octal(t.was)} → ${octal(t.now)})`).join(', ');
  return `Tightened permissions so only this user can read Waymark's data: ${list}`;
}

/** Sets `mode` on `target` if others or its group may use it; returns what changed, if any. */
function tighten(target: string, mode: number): Tightened[] {
  let was: number;
  try {
    was = fs.statSync(target).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  // Owner-only already (perhaps stricter, by the operator's choice): left as it is.
  if ((was & 0o077) === 0) return [];
  fs.chmodSync(target, mode);
  return [{ path: target, was, now: mode }];
}

/** Makes the folder (and any missing parents) 0700, or tightens it if it exists. */
export function keepFolderPrivate(dir: string): Tightened[] {
  if (!fs.existsSync(dir)) {
    fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
    // The umask may have taken bits away from what was asked: set it exactly.
    fs.chmodSync(dir, PRIVATE_FOLDER_MODE);
    return [];
  }
  return tighten(dir, PRIVATE_FOLDER_MODE);
}

/**
 * Makes the file 0600 before anyone writes to it (created empty if `create`), or tightens it
 * if it exists. Creating it first matters for SQLite: it makes the -wal and -shm files with
 * the database file's own mode, so they are private from their first byte too.
 */
export function keepFilePrivate(file: string, options: { create: boolean }): Tightened[] {
  if (options.create) {
    try {
      const fd = fs.openSync(file, 'wx', PRIVATE_FILE_MODE);
      try {
        fs.fchmodSync(fd, PRIVATE_FILE_MODE);
      } finally {
        fs.closeSync(fd);
      }
      return [];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return tighten(file, PRIVATE_FILE_MODE);
}
