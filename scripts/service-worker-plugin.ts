// Builds dist/web/sw.js: the service worker source (src/web/sw/service-worker.js) with the list
// of files it keeps: the app page, the entry chunk, the pages given by `keep` (the crisis
// plan), everything they import statically, the words of every part they use in every language,
// their CSS, the manifest and the icons.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Plugin } from 'vite';

type Options = {
  /** The service worker's source file. */
  source: string;
  /** Dynamically loaded modules whose chunks must work offline, by file path. */
  keep: (moduleId: string) => boolean;
  /** Files from `public/` to keep too. */
  publicFiles: string[];
};

type ChunkLike = {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  dynamicImports: string[];
  viteMetadata?: { importedCss: Set<string> };
};

export function serviceWorker({ source, keep, publicFiles }: Options): Plugin {
  return {
    name: 'waymark-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkLike>();
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') chunks.set(output.fileName, output as unknown as ChunkLike);
      }
      const files = new Set<string>(['/', ...publicFiles]);
      const add = (chunk: ChunkLike | undefined) => {
        if (!chunk || files.has(`/${chunk.fileName}`)) return;
        files.add(`/${chunk.fileName}`);
        for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(`/${css}`);
        for (const imported of chunk.imports) add(chunks.get(imported));
        // A part's words come as a chunk per language that the part's module asks for when it
        // runs (scripts/words-plugin.ts): kept too, or a kept page would have no words offline
        // once the browser's own cache let them go.
        for (const dynamic of chunk.dynamicImports) {
          const target = chunks.get(dynamic);
          if (target?.facadeModuleId?.startsWith('\0words:')) add(target);
        }
      };
      for (const chunk of chunks.values()) {
        if (chunk.isEntry || (chunk.facadeModuleId && keep(chunk.facadeModuleId))) add(chunk);
      }
      const list = [...files].sort();
      const version = createHash('sha256').update(list.join('\n')).digest('hex').slice(0, 16);
      const code = [
        `const SHELL_VERSION = '${version}';`,
        `const PRECACHE = ${JSON.stringify(list)};`,
        fs.readFileSync(source, 'utf8'),
      ].join('\n');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: code });
    },
  };
}
