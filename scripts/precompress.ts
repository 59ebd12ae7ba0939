// Compresses the built web app once, at the highest levels, beside each file (name.br and
// name.gz), so the server sends those as they are instead of compressing the app's JavaScript
// and CSS again for every visitor (src/server/http/web-app.ts, decision 0021).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve('dist/web');
const COMPRESSIBLE = /\.(js|css|html|svg|json|webmanifest|txt)$/;
/** As src/server/http/compression.ts: smaller files gain too little. */
const THRESHOLD_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (COMPRESSIBLE.test(entry.name)) yield full;
  }
}

let count = 0;
let before = 0;
let after = 0;
for (const file of files(root)) {
  const content = fs.readFileSync(file);
  if (content.length < THRESHOLD_BYTES) continue;
  const brotli = zlib.brotliCompressSync(content, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  fs.writeFileSync(`${file}.br`, brotli);
  fs.writeFileSync(
    `${file}.gz`,
    zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
  );
  count += 1;
  before += content.length;
  after += brotli.length;
}
console.log(
  `Compressed ${count} files once for serving: ${(before / 1024).toFixed(0)} KiB, ${(after / 1024).toFixed(0)} KiB with brotli`,
);
