// The conflict panel: both versions side by side (ConflictCompare.tsx), loaded only when a save
// meets a change made elsewhere that needs the person's choice, so forms do not carry it on
// their first load (decision 0023).
import { lazyPage } from '../lib/lazy.tsx';

export type ConflictRow = { label: string; yours: string; saved: string };

export type ConflictPanelProps = {
  rows: ConflictRow[];
  /** When the saved version was saved, if the server said. */
  savedAt: string | null;
  busy: boolean;
  onUseSaved: () => void;
  onKeepMine: () => void;
};

export const ConflictPanel = lazyPage<ConflictPanelProps>(() =>
  import('./ConflictCompare.tsx').then((module) => module.ConflictCompare),
);
