import path from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { chunkGroups } from './scripts/chunk-groups.ts';
import { serviceWorker } from './scripts/service-worker-plugin.ts';
import { words } from './scripts/words-plugin.ts';
import { zodChunks } from './scripts/zod-chunks-plugin.ts';

export default defineConfig({
  root: 'src/web',
  plugins: [
    preact(),
    words(),
    serviceWorker({
      source: 'src/web/sw/service-worker.js',
      // The crisis plan page opens offline from the copy kept on the device, with the crisis
      // lines (decision 0034), which are part of its code (decision 0057).
      keep: (id) => id.endsWith('/features/crisis-plan/CrisisPlanPage.tsx'),
      publicFiles: ['/manifest.webmanifest', '/icon.svg', '/icon-maskable.svg'],
    }),
    zodChunks(),
  ],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    // Keep pages as separate chunks so the first page a person opens loads only what it needs.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // Fewer, larger files for a first load (scripts/chunk-groups.ts, decision 0057).
        codeSplitting: { groups: chunkGroups(path.resolve('src/web/main.tsx')) },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
