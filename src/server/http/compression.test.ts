import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliParamsFor } from './compression.ts';

// An answer of any size must come back exactly as sent, whatever window its size chose.
const answerOf = (bytes: number) => {
  let text = '';
  for (let i = 0; text.length < bytes; i += 1)
    text += `{"id":${i},"note":"day ${i % 97} felt ${i % 7}"},`;
  return Buffer.from(text.slice(0, bytes));
};

describe('brotli with a window sized to the answer', () => {
  it.each([1, 1000, 1024, 1025, 4096, 65_537, 262_144])('round-trips %i bytes', (bytes) => {
    const answer = answerOf(bytes);
    const sent = zlib.brotliCompressSync(answer, { params: brotliParamsFor(bytes) });
    expect(zlib.brotliDecompressSync(sent).equals(answer)).toBe(true);
    if (bytes >= 4096) expect(sent.length).toBeLessThan(bytes / 2);
  });
});
