// Prints the gzip size of the JavaScript each page loads first (the entry chunk and its
// static imports, from Vite's manifest) and fails above the budget: 75 KiB, so Waymark stays
// quick on a cheap phone with little data.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 75 * 1024;
const outDir = path.resolve('dist/web');
type Chunk = {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
const manifest = JSON.parse(
  fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'),
) as Record<string, Chunk>;

function criticalFiles(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) criticalFiles(imported, seen);
  return seen;
}

const gzipSize = (file: string) =>
  gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

let failed = false;
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isEntry) continue;
  const files = [...criticalFiles(key)].filter((file) => file.endsWith('.js'));
  const total = files.reduce((sum, file) => sum + gzipSize(file), 0);
  const lazy = (chunk.dynamicImports ?? []).length;
  console.log(
    `First-load JavaScript for ${key}: ${kib(total)} gzip in ${files.length} file(s), ${lazy} page chunk(s) loaded on demand (budget ${kib(BUDGET_BYTES)})`,
  );
  if (total > BUDGET_BYTES) {
    console.error(`  Over budget by ${kib(total - BUDGET_BYTES)}: ${files.join(', ')}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
