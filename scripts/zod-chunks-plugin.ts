// Writes dist/web/.vite/zod-chunks.json: the files of the chunks that hold zod. Vite's manifest
// lists chunks and their imports but not the modules in them, and the bundle-size check must
// tell exactly which chunks are zod's to fail when a page loads one first (decision 0037).
import type { Plugin } from 'vite';

const ZOD_MODULE = /[\\/]node_modules[\\/]zod[\\/]/;
export const ZOD_CHUNKS_FILE = '.vite/zod-chunks.json';

export function zodChunks(): Plugin {
  return {
    name: 'waymark-zod-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle).flatMap((output) =>
        output.type === 'chunk' && output.moduleIds.some((id) => ZOD_MODULE.test(id))
          ? [output.fileName]
          : [],
      );
      this.emitFile({ type: 'asset', fileName: ZOD_CHUNKS_FILE, source: JSON.stringify(files) });
    },
  };
}
