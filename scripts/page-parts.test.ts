// Which parts' words a page needs before it renders (page-parts.ts): what it imports for values,
// itself or through other modules, and not what it imports for types only or loads on demand.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { partsUsedBy } from './page-parts.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'page-parts-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function write(file: string, code: string): string {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, code);
  return full;
}

describe('The parts a page needs before it renders', () => {
  it('follows imports and re-exports of values, not types-only imports or imports on demand', () => {
    for (const part of ['alpha', 'beta', 'gamma', 'delta', 'epsilon'])
      write(`src/domain/i18n/${part}.messages.ts`, 'export {};');
    write(
      'src/web/Child.tsx',
      "import '../domain/i18n/beta.messages.ts';\nimport { Page } from './Page.tsx';\nexport const child = () => <Page />;",
    );
    write('src/web/types.ts', "import '../domain/i18n/gamma.messages.ts';\nexport type T = 1;");
    write('src/web/again.ts', "import '../domain/i18n/delta.messages.ts';\nexport const y = 2;");
    write('src/web/Later.tsx', "import '../domain/i18n/epsilon.messages.ts';\nexport default 1;");
    const page = write(
      'src/web/Page.tsx',
      [
        "import '../domain/i18n/alpha.messages.ts';",
        "import { child } from './Child.tsx';",
        "import type { T } from './types.ts';",
        "export { y } from './again.ts';",
        "const later = () => import('./Later.tsx');",
        'export function Page(): T { return [child, later] as never; }',
      ].join('\n'),
    );
    expect(partsUsedBy(page).parts).toEqual(['alpha', 'beta', 'delta']);
  });

  it("Home's: the goals' words, not those of the suggestion form it opens on demand", () => {
    const { parts } = partsUsedBy('src/web/features/home/HomePage.tsx');
    expect(parts).toContain('goals');
    expect(parts).not.toContain('suggestions');
  });
});
