// Shows its children only to an account that owns a record of its own (a person), not to a
// supporter's or practitioner's account, which has none.
import type { ComponentChildren } from 'preact';
import { useAccount } from '../../lib/session.tsx';

export function OwnsRecord({ children }: { children: ComponentChildren }) {
  return useAccount().role === 'person' ? <>{children}</> : null;
}
