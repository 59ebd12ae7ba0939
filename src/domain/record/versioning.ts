// Version-aware updates in the FHIR style: reads carry `ETag: W/"n"`, writes send `If-Match`.

export function etagFor(version: number): string {
  return `W/"${version}"`;
}

/** The highest version a request may name: nine digits, well inside every integer column. */
export const MAX_VERSION = 999_999_999;

export type IfMatch =
  | { kind: 'missing' }
  | { kind: 'invalid' }
  | { kind: 'version'; version: number };

/** Reads an If-Match header. Accepts W/"3" and "3"; anything else is invalid. */
export function parseIfMatch(header: string | undefined): IfMatch {
  if (header === undefined || header.trim() === '') return { kind: 'missing' };
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match?.[1]) return { kind: 'invalid' };
  return { kind: 'version', version: Number(match[1]) };
}
