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
const SYNC_UP_TO_BYTES = 256 * 1024;
const BROTLI_QUICKEST = { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 };

/**
 * Brotli's window sized to the answer, as the browser's decoder allows any: left at its default
 * (4 MiB), each answer's compressor set up and cleared memory for a window a few kilobytes
 * of JSON never use, about half the CPU of compressing an About me (decision 0021, addendum).
 */
export function brotliParamsFor(bytes: number): Record<number, number> {
  const { BROTLI_MIN_WINDOW_BITS, BROTLI_MAX_WINDOW_BITS } = zlib.constants;
  const bits = Math.ceil(Math.log2(Math.max(1, bytes)));
  return {
    ...BROTLI_QUICKEST,
    [zlib.constants.BROTLI_PARAM_LGWIN]: Math.min(
      BROTLI_MAX_WINDOW_BITS,
      Math.max(BROTLI_MIN_WINDOW_BITS, bits),
    ),
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes,
  };
}

/** Node's zlib, with one-call brotli taking a window sized to each answer. */
const sizedZlib = {
  createBrotliCompress: zlib.createBrotliCompress,
  createGzip: zlib.createGzip,
  createDeflate: zlib.createDeflate,
  gzipSync: zlib.gzipSync,
  deflateSync: zlib.deflateSync,
  brotliCompressSync: (payload: Buffer | string, options: zlib.BrotliOptions) =>
    zlib.brotliCompressSync(payload, {
      ...options,
      params: brotliParamsFor(Buffer.byteLength(payload)),
    }),
};

export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    global: true,
    threshold: THRESHOLD_BYTES,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: BROTLI_QUICKEST },
    zlib: sizedZlib,
    zlibOptions: { level: 4 },
    // Compressed in one call up to this size, rather than through a compression stream per
    // answer, whose set-up cost more than the work and held a compressor's memory while the
    // answer went out. At quality 1 that is about a millisecond for the largest (decision 0021).
    syncThreshold: SYNC_UP_TO_BYTES,
    // Files already compressed (images, fonts in woff2) gain nothing.
    customTypes: /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg\+xml)/,
  });
}

/** Route option for answers that carry a secret: never compressed. */
export const NOT_COMPRESSED = { compress: false } as const;
