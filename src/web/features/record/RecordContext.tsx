// Whose record a page shows, and what the viewer may do with it. Pages, resource hooks and
// links take the person's id from here, never from the session: the signed-in account is the
// viewer, who may or may not own the record (see src/server/test/web-record-person.test.ts).
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { SECTIONS, type Section } from '../../../domain/record/sections.ts';
import type { SharedRecord } from '../../../domain/sharing/sharing.schema.ts';
import { useAccount } from '../../lib/session.tsx';

export type RecordContextValue = {
  personId: string;
  /** The person's name as this viewer knows it. */
  personName: string;
  isOwner: boolean;
  /** Sections the viewer may open, in the record's order. */
  sharedSections: readonly Section[];
  canRead(section: Section): boolean;
  /** Only the owner changes their record; suggesting (decision 0029) is not a write. */
  canWrite(section: Section): boolean;
  /** Sections the viewer may suggest changes on (someone the person gave "suggest"). */
  canSuggest?(section: Section): boolean;
};

const RecordContext = createContext<RecordContextValue | null>(null);

export function ownRecord(account: { id: string; displayName: string }): RecordContextValue {
  return {
    personId: account.id,
    personName: account.displayName,
    isOwner: true,
    sharedSections: SECTIONS,
    canRead: () => true,
    canWrite: () => true,
  };
}

export function sharedRecord(shared: SharedRecord): RecordContextValue {
  const readable = SECTIONS.filter((section) => {
    const level = shared.sections[section];
    return level === 'view' || level === 'suggest';
  });
  return readOnlyRecord({ personId: shared.personId, personName: shared.name }, readable);
}

/** Someone else's view of a record: these sections to read, nothing to write. */
export function readOnlyRecord(
  person: { personId: string; personName: string },
  readable: readonly Section[],
): RecordContextValue {
  return {
    personId: person.personId,
    personName: person.personName,
    isOwner: false,
    sharedSections: readable,
    canRead: (section) => readable.includes(section),
    canWrite: () => false,
  };
}

/** The signed-in person's own record, at the app's top-level paths (/goals, /crisis-plan…). */
export function OwnRecordProvider({ children }: { children: ComponentChildren }) {
  const account = useAccount();
  const value = useMemo(() => ownRecord(account), [account]);
  return <RecordContext.Provider value={value}>{children}</RecordContext.Provider>;
}

export function RecordProvider({
  value,
  children,
}: {
  value: RecordContextValue;
  children: ComponentChildren;
}) {
  return <RecordContext.Provider value={value}>{children}</RecordContext.Provider>;
}

export function useRecord(): RecordContextValue {
  const value = useContext(RecordContext);
  if (!value) throw new Error('useRecord must be used inside a record provider');
  return value;
}
