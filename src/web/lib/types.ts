// Shapes the API returns, inferred from the shared schemas so there is one source of truth.
import type {
  itemMetaSchema,
  provenanceSchema,
  REVISION_ACTIONS,
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

export type List<T> = { items: Item<T>[] };
export type History<T> = { revisions: Revision<T>[] };
