// A service's "my care" review items (issue 14, decision 0042). `myCareItemsFor(serviceId)` is
// what a review asks about (the items in use, in order); the admin's use cases list, add, rename,
// move and archive them, each limited to the caller's own service (else the 404 of a page that
// is not there). A service that has not set its own gets the evidence-based defaults the first
// time its list is read. Items are archived, never deleted, so a past review's item is kept.
// Every edit names the list's version (If-Match) and loses with 412 if another edit came first.
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../../domain/errors.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { IfMatch } from '../../../domain/record/versioning.ts';
import {
  DEFAULT_MY_CARE_ITEMS,
  type DefaultMyCareKey,
  inUse,
  MAX_MY_CARE_ITEMS,
  MAX_MY_CARE_ITEMS_EVER,
  type MyCareItem,
  type MyCareLabelInput,
  type MyCareList,
  type MyCareMove,
} from '../../../domain/services/my-care-items.ts';
import type { MyCareItemRow } from '../../store/schema.ts';
import type { Clock } from '../record/record.service.ts';
import { requireVersion } from '../record/versioned-write.ts';
import type { ServiceLibraryRepo } from './service-library.repo.ts';

type Queries = Parameters<Parameters<ServiceLibraryRepo['transaction']>[0]>[0];

const isDefaultKey = (key: string | null): key is DefaultMyCareKey =>
  (DEFAULT_MY_CARE_ITEMS as readonly string[]).includes(key ?? '');

/** An item as shown: the service's own words, or a default's in the reader's language. */
function present(row: MyCareItemRow): MyCareItem {
  const defaultKey = isDefaultKey(row.default_key) ? row.default_key : null;
  return {
    id: row.id,
    label: row.label ?? (defaultKey ? t(`myCare.default.${defaultKey}`) : ''),
    defaultKey,
    position: Number(row.position),
    archivedAt: row.archived_at,
  };
}

/** In use first, by place; then archived ones, latest archived first. */
function ordered(rows: MyCareItemRow[]): MyCareItem[] {
  const items = rows.map(present);
  const archived = items
    .filter((item) => item.archivedAt !== null)
    .sort((a, b) => (b.archivedAt ?? '').localeCompare(a.archivedAt ?? ''));
  return [...inUse(items), ...archived];
}

export function createMyCareItems(
  repo: ServiceLibraryRepo,
  clock: Clock,
  adminServiceOf: (accountId: string) => Promise<string | undefined>,
) {
  async function serviceOf(accountId: string): Promise<string> {
    const serviceId = await adminServiceOf(accountId);
    if (!serviceId) throw notFound();
    return serviceId;
  }

  /** The service's list, made with the defaults the first time anyone asks for it. */
  async function listOf(serviceId: string): Promise<MyCareList> {
    let version = await repo.listVersion(serviceId);
    if (version === undefined) {
      const at = clock().toISOString();
      const defaults = DEFAULT_MY_CARE_ITEMS.map((key, index) => ({
        id: randomUUID(),
        service_id: serviceId,
        default_key: key,
        label: null,
        position: index + 1,
        created_at: at,
        updated_at: at,
        archived_at: null,
      }));
      // If another request made it first, its defaults are the ones kept.
      await repo.transaction((q) => q.createList(serviceId, at, defaults));
      version = (await repo.listVersion(serviceId)) ?? 1;
    }
    return { version, items: ordered(await repo.items(serviceId)) };
  }

  const conflict = async (serviceId: string) =>
    new AppError('WM_VERSION_CONFLICT', { current: await listOf(serviceId) });

  /**
   * Runs one edit of the list if the client read its current version: the version moves on in
   * the same transaction as the change, so of two edits from the same version one wins and the
   * other gets 412 with the list as it is now.
   */
  async function edit(
    callerId: string,
    ifMatch: IfMatch,
    change: (q: Queries, items: MyCareItemRow[], serviceId: string, at: string) => Promise<void>,
  ): Promise<MyCareList> {
    const serviceId = await serviceOf(callerId);
    const expected = requireVersion(ifMatch);
    const current = await listOf(serviceId);
    if (current.version !== expected) throw await conflict(serviceId);
    const at = clock().toISOString();
    const won = await repo.transaction(async (q) => {
      if (!(await q.bump(serviceId, expected, at))) return false;
      await change(q, await q.items(serviceId), serviceId, at);
      return true;
    });
    if (!won) throw await conflict(serviceId);
    return listOf(serviceId);
  }

  const live = (rows: MyCareItemRow[]) =>
    rows.filter((row) => row.archived_at === null).sort((a, b) => a.position - b.position);

  function findLive(rows: MyCareItemRow[], itemId: string): MyCareItemRow {
    const row = rows.find((candidate) => candidate.id === itemId);
    if (!row || row.archived_at !== null) throw notFound();
    return row;
  }

  /** Gives the items in use places 1, 2, 3 … in the order given. */
  async function renumber(q: Queries, serviceId: string, rows: MyCareItemRow[], at: string) {
    for (const [index, row] of rows.entries()) {
      if (row.position !== index + 1)
        await q.updateItem(serviceId, row.id, { position: index + 1, updated_at: at });
    }
  }

  return {
    /**
     * What a review asks about: the service's "my care" items in use, in order (the defaults if
     * it has not set its own). For other features (reviews); no caller check, so never reach it
     * from a route without the access model's answer about the service first.
     */
    async myCareItemsFor(serviceId: string): Promise<MyCareItem[]> {
      return inUse((await listOf(serviceId)).items);
    },

    /** The whole list, archived items included, for the admin. */
    async list(callerId: string): Promise<MyCareList> {
      return listOf(await serviceOf(callerId));
    },

    add(callerId: string, ifMatch: IfMatch, input: MyCareLabelInput): Promise<MyCareList> {
      return edit(callerId, ifMatch, async (q, rows, serviceId, at) => {
        if (live(rows).length >= MAX_MY_CARE_ITEMS || rows.length >= MAX_MY_CARE_ITEMS_EVER)
          throw new AppError('WM_MY_CARE_TOO_MANY', { params: { max: MAX_MY_CARE_ITEMS } });
        await q.insertItem({
          id: randomUUID(),
          service_id: serviceId,
          default_key: null,
          label: input.label,
          position: live(rows).length + 1,
          created_at: at,
          updated_at: at,
          archived_at: null,
        });
      });
    },

    rename(
      callerId: string,
      ifMatch: IfMatch,
      itemId: string,
      input: MyCareLabelInput,
    ): Promise<MyCareList> {
      return edit(callerId, ifMatch, async (q, rows, serviceId, at) => {
        findLive(rows, itemId);
        await q.updateItem(serviceId, itemId, { label: input.label, updated_at: at });
      });
    },

    move(callerId: string, ifMatch: IfMatch, itemId: string, move: MyCareMove) {
      return edit(callerId, ifMatch, async (q, rows, serviceId, at) => {
        const order = live(rows);
        const from = order.indexOf(findLive(rows, itemId));
        const to = move.direction === 'up' ? from - 1 : from + 1;
        const other = order[to];
        // Already first (or last): nothing to change, but the edit still counts as seen.
        if (!other) return;
        order[to] = order[from] as MyCareItemRow;
        order[from] = other;
        await renumber(q, serviceId, order, at);
      });
    },

    /** Takes an item out of use; kept (with its words) for the reviews that rated it. */
    archive(callerId: string, ifMatch: IfMatch, itemId: string): Promise<MyCareList> {
      return edit(callerId, ifMatch, async (q, rows, serviceId, at) => {
        findLive(rows, itemId);
        await q.updateItem(serviceId, itemId, { archived_at: at, updated_at: at });
        await renumber(
          q,
          serviceId,
          live(rows).filter((row) => row.id !== itemId),
          at,
        );
      });
    },
  };
}

export type MyCareItems = ReturnType<typeof createMyCareItems>;
