// How a stored file is sent back: never as something the browser may run or render as a page
// of ours, and under a name that cannot hide its type.

/**
 * The downloaded file cannot run script, load anything or be framed, whatever its bytes hold
 * (a PNG with HTML behind it stays inert), and the browser must not guess another type.
 */
export const DOWNLOAD_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; sandbox; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
} as const;

/** An ASCII stand-in for browsers that ignore `filename*`: accents dropped, the rest `_`. */
function asciiFallback(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_');
}

/** RFC 5987 value: UTF-8, percent-encoded, including the characters it does not allow bare. */
function rfc5987(name: string): string {
  return encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `Content-Disposition` with a plain ASCII `filename` and the exact name as `filename*`. */
export function contentDisposition(kind: 'attachment' | 'inline', safeName: string): string {
  return `${kind}; filename="${asciiFallback(safeName)}"; filename*=UTF-8''${rfc5987(safeName)}`;
}
