// Waymark's service worker. It keeps the app shell and the crisis plan page's code, so that
// Waymark opens with no network and the crisis plan can be read from the device copy. It never
// stores record data: API requests pass straight through, untouched and uncached.
//
// The build (scripts/service-worker-plugin.ts) puts two constants in front of this file:
// SHELL_VERSION, a hash of the files below, and PRECACHE, the files to keep.

const SHELL_PREFIX = 'waymark-shell-';
const SHELL_CACHE = `${SHELL_PREFIX}${SHELL_VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(SHELL_PREFIX) && name !== SHELL_CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** Pages: always the newest from the network; the kept app page when there is none. */
async function page(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const kept = await caches.match('/', { cacheName: SHELL_CACHE });
    if (kept) return kept;
    throw error;
  }
}

/** Files with a hash in their name never change: the kept copy is always right. */
async function hashedFile(request) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(SHELL_CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

/** Icons and the manifest: the network first, the kept copy when offline. */
async function otherFile(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const kept = await caches.match(request, { cacheName: SHELL_CACHE });
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(hashedFile(request));
  else event.respondWith(otherFile(request));
});
