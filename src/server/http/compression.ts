// Compresses answers for people on slow mobile networks: the app's JavaScript and CSS, and API
// answers such as five years of check-ins for a chart (150 KiB of JSON, a quarter of that
// compressed). Brotli at a middling quality costs little CPU per answer; gzip for older browsers.
//
// Answers that carry a secret (the CSRF token from the sign-in routes) are never compressed, so
// their size cannot leak the secret next to attacker-chosen text (the BREACH attack).
import zlib from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Below this size compressing saves too little to be worth it. */
const THRESHOLD_BYTES = 1024;

const OPTIONS = {
  threshold: THRESHOLD_BYTES,
  encodings: ['br', 'gzip'] as ('br' | 'gzip')[],
  brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
  // Files already compressed (images, fonts in woff2) gain nothing.
  customTypes: /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg\+xml)/,
};

export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, { global: true, ...OPTIONS });
}

/**
 * Route option for a large answer made afresh on every request (the chart answer): brotli at
 * quality 1, which compresses it nearly as well as 5 for a ninth of the CPU, since most of its
 * bytes are random ids (decision 0022). The app's files keep quality 5, where 1 would send a
 * fifth more.
 */
export const LARGE_ANSWER = {
  compress: { ...OPTIONS, brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } } },
} as const;

/** Route option for answers that carry a secret: never compressed. */
export const NOT_COMPRESSED = { compress: false } as const;
