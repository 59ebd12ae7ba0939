import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { serviceWorker } from './scripts/service-worker-plugin.ts';
import { words } from './scripts/words-plugin.ts';

export default defineConfig({
  root: 'src/web',
  plugins: [
    preact(),
    words(),
    serviceWorker({
      source: 'src/web/sw/service-worker.js',
      // The crisis plan page opens offline from the copy kept on the device.
      keep: (id) => id.endsWith('/features/crisis-plan/CrisisPlanPage.tsx'),
      publicFiles: ['/manifest.webmanifest', '/icon.svg', '/icon-maskable.svg'],
    }),
  ],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    // Keep pages as separate chunks so the first page a person opens loads only what it needs.
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
