// Which parts of the word catalogue a page shows: the `*.messages.ts` modules it imports, itself
// or through any module it imports statically (what must be there before it renders). Read from
// the source files, so it is the same in the build, the dev server and the tests. Imports of
// types only are left out (they are gone once compiled); dynamic imports are too (what they load
// asks for its own words when it loads).
import fs from 'node:fs';
import path from 'node:path';
import { parseAst } from 'vite';

const PART_MODULE = /\/src\/domain\/i18n\/([a-z-]+)\.messages\.ts$/;

type Node = { type: string; importKind?: string; exportKind?: string; source?: { value: unknown } };

/** The files a module imports statically, for its values (relative imports only). */
export function staticImports(file: string): string[] {
  const lang = file.endsWith('.tsx') ? 'tsx' : 'ts';
  const program = parseAst(fs.readFileSync(file, 'utf8'), { lang }, file);
  const imported: string[] = [];
  for (const node of program.body as Node[]) {
    const typesOnly = node.importKind === 'type' || node.exportKind === 'type';
    const from = node.source?.value;
    const isImport = /^(ImportDeclaration|ExportNamedDeclaration|ExportAllDeclaration)$/;
    if (!isImport.test(node.type) || typesOnly || typeof from !== 'string') continue;
    if (!from.startsWith('.')) continue; // A package: it shows none of our words.
    imported.push(path.resolve(path.dirname(file), from));
  }
  return imported.filter((target) => /\.tsx?$/.test(target));
}

/**
 * The parts whose words `file` needs before it renders, sorted, and the files read to know it
 * (for the dev server to read them again when one changes).
 */
export function partsUsedBy(file: string): { parts: string[]; files: string[] } {
  const parts = new Set<string>();
  const seen = new Set<string>();
  const todo = [path.resolve(file)];
  while (todo.length > 0) {
    const next = todo.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    const part = PART_MODULE.exec(next)?.[1];
    if (part) parts.add(part);
    else todo.push(...staticImports(next));
  }
  return { parts: [...parts].sort(), files: [...seen] };
}
