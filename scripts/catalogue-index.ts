// Writes src/domain/i18n/catalogues/en-GB/index.ts: the type of every message key, gathered from
// the en-GB catalogue's files (one per key prefix). Run it after adding or removing such a file;
// a test fails while the index is out of date (src/domain/i18n/catalogues.test.ts).
import fs from 'node:fs';
import path from 'node:path';

export const INDEX = path.resolve('src/domain/i18n/catalogues/en-GB/index.ts');

export function indexSource(): string {
  const root = path.dirname(INDEX);
  const files = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((part) =>
      fs
        .readdirSync(path.join(root, part.name))
        .filter((file) => file.endsWith('.ts'))
        .map((file) => `./${part.name}/${file}`),
    )
    .sort();
  const lines = files.map((file) => `  | keyof typeof import('${file}')['default']`);
  return [
    '// Written by scripts/catalogue-index.ts from the files beside it: do not edit by hand.',
    '/** Every message key: the keys of the en-GB catalogue, which every other catalogue follows. */',
    'export type MessageKey =',
    `${lines.join('\n')};`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.writeFileSync(INDEX, indexSource());
  console.log(`Wrote ${path.relative(process.cwd(), INDEX)}`);
}
