// Offline: the service worker that keeps the app shell, and the one piece of the record that
// may be kept on a device — the crisis plan with the people it names — only when the person
// turned on "Keep my crisis plan on this device". Turning it off or signing out deletes it.
import type { CrisisPlan } from '../../domain/record/plans.schema.ts';

/** A person named in the crisis plan, with only what is needed to reach them. */
export type NamedContact = {
  id: string;
  name: string;
  phone: string;
  email: string;
  howTheyHelp: string;
};

export type DeviceCrisisPlan = {
  personId: string;
  displayName: string;
  /** When this copy was written to the device. */
  savedAt: string;
  /** When the plan itself was last saved on the server. */
  updatedAt: string | null;
  plan: CrisisPlan;
  contacts: NamedContact[];
};

// Not under the service worker's "waymark-shell-" prefix, so a new version of the app never
// deletes it; the server's Clear-Site-Data on sign-out does.
const CACHE_NAME = 'waymark-device-crisis-plan';
const ENTRY = '/device/crisis-plan.json';

/** Cache Storage exists only on https (or localhost). */
export function canKeepOnDevice(): boolean {
  return typeof caches !== 'undefined';
}

export async function readDeviceCopy(): Promise<DeviceCrisisPlan | null> {
  if (!canKeepOnDevice()) return null;
  try {
    // Not caches.open(), which would leave an empty cache behind where there was none.
    const response = await caches.match(ENTRY, { cacheName: CACHE_NAME });
    return response ? ((await response.json()) as DeviceCrisisPlan) : null;
  } catch {
    return null;
  }
}

export async function writeDeviceCopy(copy: DeviceCrisisPlan): Promise<void> {
  const cache = await caches.open(CACHE_NAME);
  await cache.put(
    ENTRY,
    new Response(JSON.stringify(copy), { headers: { 'Content-Type': 'application/json' } }),
  );
}

export async function removeDeviceCopy(): Promise<void> {
  if (!canKeepOnDevice()) return;
  await caches.delete(CACHE_NAME).catch(() => false);
}

/** Removes a copy left by someone else who used this device, when a new person signs in. */
export async function removeOtherPersonsCopy(personId: string): Promise<void> {
  const copy = await readDeviceCopy();
  if (copy && copy.personId !== personId) await removeDeviceCopy();
}

/** The service worker is built with the app (scripts/service-worker-plugin.ts). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Someone opening an emergency link is using their own device: leave nothing installed there.
  if (window.location.pathname.startsWith('/emergency/')) return;
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Waymark works without it; only offline use is lost.
  });
}
