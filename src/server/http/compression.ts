// Compresses answers for people on slow mobile networks: the app's JavaScript and CSS, and API
// answers such as five years of check-ins for a chart (150 KiB of JSON, a quarter of that
// compressed). The app's own files are compressed once by the build (scripts/precompress.ts);
// answers made per request use brotli's quickest quality: for a list of 20 goals it took about a
// fifth of quality 5's time, for an answer a quarter larger (decision 0021). Gzip for older
// browsers.
//
// Answers that carry a secret (the CSRF token from the sign-in routes) are never compressed, so
// their size cannot leak the secret next to attacker-chosen text (the BREACH attack).
import zlib from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Below this size compressing saves too little to be worth it. */
const THRESHOLD_BYTES = 1024;

export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    global: true,
    threshold: THRESHOLD_BYTES,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } },
    zlibOptions: { level: 4 },
    // Files already compressed (images, fonts in woff2) gain nothing.
    customTypes: /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg\+xml)/,
  });
}

/** Route option for answers that carry a secret: never compressed. */
export const NOT_COMPRESSED = { compress: false } as const;
