// The browser's Back and Forward reach the router through `popstate` listeners on window, which
// run in the order they were added. This one is added at start, before the router's, so that the
// question before leaving unsaved changes (leave-guard.ts, loaded only once a form has changes)
// can hear Back and Forward first and stop the router from following until the person decides.
type Gate = (event: PopStateEvent) => void;

let gate: Gate | null = null;
let installed = false;

/** Called once at start, before the first render (main.tsx). */
export function installHistoryGate(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('popstate', (event) => gate?.(event));
}

/** Who hears Back and Forward first from now on (null: nobody, the router follows at once). */
export function setHistoryGate(next: Gate | null): void {
  gate = next;
}
