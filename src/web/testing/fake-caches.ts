// Cache Storage as the browser keeps it, in memory, for tests of the crisis plan kept on the
// device (lib/offline.ts). `copy()` reads that copy back as the page stored it.
import { vi } from 'vitest';
import type { DeviceCrisisPlan } from '../lib/offline.ts';

export function fakeCaches() {
  const stores = new Map<string, Map<string, string>>();
  vi.stubGlobal('caches', {
    async open(name: string) {
      const store = stores.get(name) ?? new Map<string, string>();
      stores.set(name, store);
      return {
        match: async (key: string) => {
          const text = store.get(key);
          return text === undefined ? undefined : new Response(text);
        },
        put: async (key: string, response: Response) => {
          store.set(key, await response.text());
        },
      };
    },
    // Looking in one named cache, as lib/offline.ts does, opens nothing.
    match: async (key: string, options: { cacheName: string }) => {
      const text = stores.get(options.cacheName)?.get(key);
      return text === undefined ? undefined : new Response(text);
    },
    delete: async (name: string) => stores.delete(name),
    keys: async () => [...stores.keys()],
  });
  const copy = (): DeviceCrisisPlan | null => {
    const text = stores.get('waymark-device-crisis-plan')?.get('/device/crisis-plan.json');
    return text ? (JSON.parse(text) as DeviceCrisisPlan) : null;
  };
  return { stores, copy };
}
