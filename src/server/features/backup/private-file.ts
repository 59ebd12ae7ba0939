// Backups and restored databases hold whole records, so they are written the careful way:
// into a private (0600) temporary file beside the target, flushed to disk, then renamed into
// place. The target's name only ever holds a complete file, and no other local user can read
// it at any moment, not even while it is being written.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A problem the operator can act on: printed as it is, exit code 1. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export const PRIVATE_FILE_MODE = 0o600;

export function fsyncPath(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** An empty 0600 file next to `target`, made for us alone ('wx'), to fill and then commit. */
export function privateTempBeside(target: string): string {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.partial`,
  );
  fs.closeSync(fs.openSync(temp, 'wx', PRIVATE_FILE_MODE));
  return temp;
}

/** Flushes `temp`, renames it to `target` and flushes the folder, so the rename survives a crash. */
export function commitTemp(temp: string, target: string): void {
  fs.chmodSync(temp, PRIVATE_FILE_MODE);
  fsyncPath(temp);
  fs.renameSync(temp, target);
  fsyncPath(path.dirname(target));
}

/**
 * Writes a new file at `target` through a private temporary file; refuses to replace a file
 * already there (an earlier backup is worth more than a typo). Nothing is left on failure.
 */
export async function writeNewPrivateFile(
  target: string,
  fill: (temp: string) => Promise<void>,
): Promise<void> {
  const folder = path.dirname(target);
  if (!fs.existsSync(folder)) throw new BackupError(`The folder ${folder} does not exist.`);
  if (fs.existsSync(target))
    throw new BackupError(`${target} already exists. Choose a new file name for each backup.`);
  const temp = privateTempBeside(target);
  try {
    await fill(temp);
    commitTemp(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** What went wrong reading a file the operator named, in words. */
export function unreadable(file: string): BackupError | null {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return new BackupError(`${file} is not a file.`);
    fs.accessSync(file, fs.constants.R_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return new BackupError(
      code === 'ENOENT' ? `There is no file ${file}.` : `${file} cannot be read (${code}).`,
    );
  }
}
