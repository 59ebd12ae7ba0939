// The web app must never take the signed-in account for the person whose record it shows:
// the person comes from the record context (RecordContext.tsx). This keeps it that way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Here beside the layer rules, not in src/web: it reads files, which web code may not.
const FEATURES = join(import.meta.dirname, '../../web/features');
/** The record context itself, the one place that may read the signed-in account. */
const RECORD_CONTEXT = join(FEATURES, 'record');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// The session's account and its id; the auth pages (sign in, sign up, and a service admin's
// set-up, which signs in too) are about the account.
const SESSION_ACCOUNT = /\buseAccount\b|\baccount\.id\b|state\.account\b/;
const SET_UP_PAGE = join(FEATURES, 'services', 'SetUpPage.tsx');

describe('Web features', () => {
  it('take the person from the record context, never from the signed-in account', () => {
    const offenders = sourceFiles(FEATURES)
      .filter(
        (path) =>
          !path.startsWith(RECORD_CONTEXT) &&
          !path.includes(`${join('features', 'auth')}`) &&
          path !== SET_UP_PAGE,
      )
      .filter((path) => SESSION_ACCOUNT.test(readFileSync(path, 'utf8')))
      .map((path) => relative(FEATURES, path));
    expect(offenders).toEqual([]);
  });
});
