// The conflict panel: both versions side by side (ConflictCompare.tsx), loaded only when a save
// meets a change made elsewhere that needs the person's choice, so forms do not carry it on
// their first load (decision 0023).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export type ConflictRow = { label: string; yours: string; saved: string };

export type ConflictPanelProps = {
  rows: ConflictRow[];
  /** When the saved version was saved, if the server said. */
  savedAt: string | null;
  busy: boolean;
  onUseSaved: () => void;
  onKeepMine: () => void;
};

let loaded: ComponentType<ConflictPanelProps> | null = null;

export function ConflictPanel(props: ConflictPanelProps) {
  const [Panel, setPanel] = useState(() => loaded);
  useEffect(() => {
    if (Panel) return;
    let live = true;
    import('./ConflictCompare.tsx').then(
      ({ ConflictCompare }) => {
        loaded = ConflictCompare;
        if (live) setPanel(() => ConflictCompare);
      },
      () => {
        // No connection: nothing can be saved either, and the typed words stay in the form.
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return Panel ? <Panel {...props} /> : null;
}
