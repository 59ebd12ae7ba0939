// Loading a plan document, with the support network when the plan names people from it.

import type { SupportContact } from '../../../domain/record/plans.schema.ts';
import { useResource } from '../../lib/resource.ts';
import type { Item } from '../../lib/types.ts';
import { contacts } from '../support-network/support-network.resource.ts';
import { type PlanDocument, type PlanKind, plan } from './plans.resource.ts';

export type PlanWithNetwork<K extends PlanKind> = {
  doc: PlanDocument<K>;
  network: Item<SupportContact>[];
};

export function usePlan<K extends PlanKind>(personId: string, kind: K, withNetwork = false) {
  return useResource<PlanWithNetwork<K>>(
    async (signal) => {
      const [doc, network] = await Promise.all([
        plan(personId, kind).get(signal),
        withNetwork ? contacts(personId).list(signal) : Promise.resolve([]),
      ]);
      return { doc, network };
    },
    [personId, kind],
  );
}
