// Shapes the API returns, inferred from the shared schemas so there is one source of truth.
import type {
  itemMetaSchema,
  provenanceSchema,
  REVISION_ACTIONS,
  unreadableItemSchema,
  unreadableRevisionSchema,
} from '../../domain/record/record.schema.ts';
import type { z } from '../../domain/validation.ts';

export type Item<T> = z.infer<typeof itemMetaSchema> & { data: T };

export type RevisionAction = (typeof REVISION_ACTIONS)[number];

export type Revision<T> = z.infer<typeof provenanceSchema> & {
  version: number;
  action: RevisionAction;
  data: T;
  createdAt: string;
};

export type UnreadableItem = z.infer<typeof unreadableItemSchema>;
export type UnreadableRevision = z.infer<typeof unreadableRevisionSchema>;

/** Items or versions this server could not read are marked apart (decision 0016). */
export type List<T> = { items: Item<T>[]; unreadable: UnreadableItem[] };
export type History<T> = { revisions: Revision<T>[]; unreadable: UnreadableRevision[] };
