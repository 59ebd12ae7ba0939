// A plan's conflict panel: the parts of the plan both versions changed, in words, side by side.
// Loaded only when a save of the plan needs the person's choice (PlanStatus.tsx).
import { ConflictCompare } from '../../components/ConflictCompare.tsx';
import type { Conflicted } from '../../lib/editor.ts';
import type { NameOf } from '../support-network/support-network.resource.ts';
import { compareRows } from './plan-text.ts';
import type { PlanData, PlanKind } from './plans.resource.ts';

export type PlanConflictProps = {
  kind: PlanKind;
  conflict: Conflicted<PlanData[PlanKind]>;
  nameOf: NameOf;
  busy: boolean;
  onUseSaved: () => void;
  onKeepMine: () => void;
};

export function PlanConflict({ kind, conflict, nameOf, ...choices }: PlanConflictProps) {
  return (
    <ConflictCompare
      rows={compareRows(kind, conflict.yours, conflict.theirs, nameOf)}
      savedAt={conflict.saved.updatedAt}
      {...choices}
    />
  );
}
