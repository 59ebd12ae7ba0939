// Prints the gzip size of the JavaScript each page loads first (the entry chunk, the page's
// own chunk and everything they import statically, from Vite's manifest) and fails when any
// page is over the budget: 75 KiB, so Waymark stays quick on a cheap phone with little data.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 75 * 1024;
const outDir = path.resolve('dist/web');
type Chunk = {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
};
const manifest = JSON.parse(
  fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'),
) as Record<string, Chunk>;

function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(imported, seen);
  return seen;
}

const gzipCache = new Map<string, number>();
function gzipSize(key: string): number {
  const file = manifest[key]?.file ?? '';
  if (!file.endsWith('.js')) return 0;
  if (!gzipCache.has(file))
    gzipCache.set(file, gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length);
  return gzipCache.get(file) ?? 0;
}
const total = (keys: Set<string>) => [...keys].reduce((sum, key) => sum + gzipSize(key), 0);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

let worst = 0;
for (const [entryKey, entry] of Object.entries(manifest)) {
  if (!entry.isEntry) continue;
  const shell = staticClosure(entryKey);
  console.log(`App shell (${entryKey}): ${kib(total(shell))} gzip`);
  const pages = entry.dynamicImports ?? [];
  for (const pageKey of pages) {
    const firstLoad = staticClosure(pageKey, new Set(shell));
    const size = total(firstLoad);
    worst = Math.max(worst, size);
    const name = manifest[pageKey]?.name ?? pageKey;
    console.log(`  ${name.padEnd(24)} ${kib(size).padStart(9)} first-load JavaScript`);
  }
  if (pages.length === 0) worst = Math.max(worst, total(shell));
}
console.log(`Largest first load: ${kib(worst)} gzip (budget ${kib(BUDGET_BYTES)})`);
if (worst > BUDGET_BYTES) {
  console.error(`Over budget by ${kib(worst - BUDGET_BYTES)}`);
  process.exit(1);
}
