// Suggestions (decision 0029). Someone the person gave "suggest" on a section proposes new words
// for one item of it, or a new item, against the version they saw; nothing in the record
// changes. The person decides: accepting writes through the same versioned write as every edit
// (If-Match, 412), as a revision authored by the suggester and agreed by the person, and marks
// the suggestion accepted in that same transaction; declining changes only the suggestion.
// The suggester may withdraw a pending one and sees what became of each of theirs.
import { randomUUID } from 'node:crypto';
import '../../../domain/i18n/suggestions.messages.ts';
import { isAccountActor } from '../../../domain/access/policy.ts';
import { mayRead, ownerScope, type RecordScope } from '../../../domain/access/scope.ts';
import type { Role } from '../../../domain/auth/auth.schema.ts';
import { AppError, type FieldError, notFound } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import { ITEM_SCHEMAS } from '../../../domain/record/item-schemas.ts';
import { mergeThreeWay, sameValue } from '../../../domain/record/merge.ts';
import {
  EMPTY_AFTER_CRISIS,
  EMPTY_CRISIS_PLAN,
  EMPTY_MOVING_ON,
  EMPTY_SAFETY_PLAN,
  EMPTY_STAYING_WELL,
} from '../../../domain/record/plans.schema.ts';
import { EMPTY_ABOUT_ME, type Goal } from '../../../domain/record/record.schema.ts';
import { SECTION_OF_KIND } from '../../../domain/record/sections.ts';
import { currentShapeVersion, readStoredData } from '../../../domain/record/stored-json.ts';
import type { IfMatch } from '../../../domain/record/versioning.ts';
import {
  isPlanWithReferences,
  type PlanKind,
  referencesOf,
  restoreWithheld,
  shownToSuggester,
  unseenReferences,
} from '../../../domain/suggestions/plan-references.ts';
import {
  isDocument,
  type MySuggestion,
  PENDING_MAX,
  type SuggestableKind,
  type Suggestion,
  type SuggestionStatus,
} from '../../../domain/suggestions/suggestion.schema.ts';
import type { SuggestionRow } from '../../store/schema.ts';
import type { NotificationService } from '../notifications/notifications.service.ts';
import {
  documentId,
  type Item,
  type RecordService,
  type WriteOrigin,
} from '../record/record.service.ts';
import type { AccessLog } from '../sharing/access-log.ts';
import { checkContactReferences, ownContacts } from '../support-network/contacts.ts';
import type {
  Executor,
  OwnSuggestionRow,
  SuggestionRepo,
  SuggestionWithNames,
} from './suggestions.repo.ts';

/**
 * What leaves this feature as a notification: a new suggestion (to the person) and one accepted
 * or declined (to the suggester). Ids and names only, never record content.
 */
export type SuggestionEvent =
  | {
      type: 'suggestion_made';
      personId: string;
      suggestionId: string;
      authorId: string;
      /** The name the person knows the suggester by. */
      authorName: string;
    }
  | {
      type: 'suggestion_decided';
      personId: string;
      /** The person's own name, as the suggester sees it on their list. */
      personName: string;
      suggestionId: string;
      authorId: string;
      outcome: 'accepted' | 'declined';
    };

/** What each one-per-person document holds before its first save (null: not a document). */
const EMPTY: Readonly<Record<SuggestableKind, unknown>> = {
  about_me: EMPTY_ABOUT_ME,
  goal: null,
  staying_well: EMPTY_STAYING_WELL,
  crisis_plan: EMPTY_CRISIS_PLAN,
  safety_plan: EMPTY_SAFETY_PLAN,
  after_crisis: EMPTY_AFTER_CRISIS,
  moving_on: EMPTY_MOVING_ON,
};

/** How many decided suggestions the person's page lists, and the suggester's own page. */
const LIST_LIMIT = 100;

function validationFailed(issues: { path: PropertyKey[]; message: string }[], prefix: string) {
  const fields: FieldError[] = issues.slice(0, 20).map((issue) => ({
    field: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  return new AppError('WM_VALIDATION_FAILED', { fields });
}

const fieldError = (field: string, message: string) =>
  new AppError('WM_VALIDATION_FAILED', { fields: [{ field, message }] });

/** The contacts a plan names, for the check that each is still one of the person's own. */
const contactReferencesOf = (kind: PlanKind, plan: unknown) =>
  referencesOf(kind, plan)
    .filter((reference) => reference.type === 'contact')
    .map((reference) => ({ field: `data.${reference.field}`, contactId: reference.id }));

/** Stored words in today's shape, or null when this server cannot read them. */
function read(kind: string, schemaVersion: number, json: string): unknown {
  const reading = readStoredData(kind as SuggestableKind, schemaVersion, json);
  return reading.ok ? reading.data : null;
}

function mine(row: OwnSuggestionRow): MySuggestion {
  return {
    id: row.id,
    personId: row.person_id,
    personName: row.person_name,
    kind: row.kind as SuggestableKind,
    status: row.status as SuggestionStatus,
    changed: row.changed === 1,
    reply: row.reply,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  };
}

export function createSuggestionService(deps: {
  repo: SuggestionRepo;
  records: RecordService;
  log: Pick<AccessLog, 'append'>;
  clock: () => Date;
  /** Told of each new and each decided suggestion, in the same transaction (decision 0031). */
  notifications: Pick<NotificationService, 'notify' | 'sendSoon'>;
}) {
  const { repo, records, log, clock, notifications } = deps;

  /**
   * The one place suggestion events leave this feature: a notification, written in the
   * transaction that made or decided the suggestion, naming who and linking to where it is
   * decided or seen, never its words. The suggester taking one back tells nobody.
   */
  async function announce(trx: Executor, event: SuggestionEvent): Promise<void> {
    if (event.type === 'suggestion_made') {
      await notifications.notify(trx, {
        recipientAccountId: event.personId,
        kind: 'suggestion_made',
        actorName: event.authorName,
        aboutPersonId: event.personId,
        link: '/suggestions',
      });
    } else {
      await notifications.notify(trx, {
        recipientAccountId: event.authorId,
        kind: 'suggestion_decided',
        actorName: event.personName,
        aboutPersonId: event.personId,
        link: '/people',
      });
    }
  }

  /** A goal may be put only in one of the person's own life areas (as in goals.routes.ts). */
  async function checkGoal(scope: RecordScope, goal: Goal, field: string, current?: Goal) {
    if (goal.lifeAreaId === null || goal.lifeAreaId === current?.lifeAreaId) return;
    const areas = await records.list(scope, 'life_area');
    if (!areas.some((area) => area.id === goal.lifeAreaId)) {
      throw fieldError(`${field}.lifeAreaId`, say('validation.choice'));
    }
  }

  /**
   * A proposal for the crisis or safety plan, made on the plan as it was shown to the
   * suggester: it may not name a contact or file they were never shown (400, nothing stored),
   * and what was withheld from them is put back as it was in the base version, so accepting
   * keeps the person's own parts exactly as they are saved then.
   */
  async function planProposal(
    scope: RecordScope,
    kind: PlanKind,
    current: Item | undefined,
    baseVersion: number,
    proposed: unknown,
  ): Promise<unknown> {
    let base: unknown = EMPTY[kind];
    if (current && baseVersion === current.version) base = current.data;
    else if (current && baseVersion > 0) {
      const revision = await repo.revisionData(scope.personId, current.id, baseVersion);
      base = revision ? read(revision.kind, revision.schema_version, revision.data) : null;
      if (base === null) throw fieldError('baseVersion', say('suggestions.validation.baseVersion'));
    }
    const withheld = { advanceChoiceDocument: scope.decision.withheld.advanceChoiceDocument };
    const seen = shownToSuggester(kind, base, withheld);
    const readable = mayRead(scope, 'support_network')
      ? new Set((await ownContacts(records, scope)).map((contact) => contact.id))
      : new Set<string>();
    const unseen = unseenReferences(kind, seen, proposed, readable);
    if (unseen.length > 0) {
      throw new AppError('WM_VALIDATION_FAILED', {
        fields: unseen.slice(0, 20).map((reference) => ({
          field: `data.${reference.field}`,
          message: say('suggestions.validation.unseenReference'),
        })),
      });
    }
    return restoreWithheld(kind, base, proposed, withheld);
  }

  /** The item a suggestion is about, as it is now, read under the suggester's scope. */
  async function target(
    scope: RecordScope,
    kind: SuggestableKind,
    itemId: string | null,
  ): Promise<Item | undefined> {
    if (isDocument(kind)) {
      const document = await records.getSingleton(scope, kind);
      if (itemId !== null && itemId !== document?.id) {
        throw fieldError('itemId', say('suggestions.validation.itemId'));
      }
      return document;
    }
    return itemId === null ? undefined : records.get(scope, kind, itemId);
  }

  async function view(row: SuggestionWithNames): Promise<Suggestion> {
    const kind = row.kind as SuggestableKind;
    // A document has one id per person, whether or not it existed when suggested on.
    const itemId = isDocument(kind) ? documentId(row.person_id, kind) : row.item_id;
    let base: unknown = null;
    if (row.base_version === 0) base = EMPTY[kind];
    else if (itemId) {
      const revision = await repo.revisionData(row.person_id, itemId, row.base_version);
      base = revision ? read(revision.kind, revision.schema_version, revision.data) : null;
    }
    const item = itemId ? await repo.item(row.person_id, itemId) : undefined;
    const live = item && !item.deleted_at;
    const current = {
      version: item?.version ?? 0,
      data: live ? read(item.kind, item.schema_version, item.data) : isDocument(kind) ? base : null,
    };
    const itemGone = row.item_id !== null && !live;
    return {
      id: row.id,
      kind,
      itemId,
      by: { knownAs: row.known_as, accountName: row.author_name },
      status: row.status as SuggestionStatus,
      changed: row.changed === 1,
      reply: row.reply,
      createdAt: row.created_at,
      decidedAt: row.decided_at,
      baseVersion: row.base_version,
      base,
      proposed: read(row.kind, row.schema_version, row.data),
      current,
      outdated: current.version !== row.base_version,
      itemGone,
    };
  }

  /** What the suggester is told of a decision on their suggestion, once it is decided. */
  async function decidedEventOf(row: SuggestionWithNames) {
    const own = await repo.ownById(row.author_id, row.id);
    return {
      type: 'suggestion_decided' as const,
      personId: row.person_id,
      personName: own?.person_name ?? '',
      suggestionId: row.id,
      authorId: row.author_id,
    };
  }

  async function pendingOf(personId: string, id: string): Promise<SuggestionWithNames> {
    const row = await repo.find(personId, id);
    if (!row) throw notFound();
    if (row.status !== 'pending') throw new AppError('WM_SUGGESTION_DECIDED');
    return row;
  }

  return {
    /**
     * Stores a proposal made under a `suggest` scope; the record is not touched. The access
     * log says who suggested a change to which section (ids only, never the words).
     */
    async suggest(
      scope: RecordScope,
      kind: SuggestableKind,
      input: { itemId: string | null; baseVersion: number; data: unknown },
    ): Promise<MySuggestion> {
      if (scope.action !== 'suggest' || scope.section !== SECTION_OF_KIND[kind]) {
        throw new Error(`Scope ${scope.section}/${scope.action} does not cover suggesting ${kind}`);
      }
      const relationshipId = scope.decision.relationshipId;
      if (!isAccountActor(scope.actor) || !relationshipId) throw notFound();
      const current = await target(scope, kind, input.itemId);
      if (current?.deletedAt) throw new AppError('WM_SUGGESTION_ITEM_GONE');
      const latest = current?.version ?? 0;
      // A version they could have seen: one that exists (0 for nothing yet, or a document's
      // empty start), never beyond what is saved now.
      const documentStart = isDocument(kind) && input.baseVersion === 0;
      if (input.baseVersion > latest || (current && input.baseVersion < 1 && !documentStart)) {
        throw fieldError('baseVersion', say('suggestions.validation.baseVersion'));
      }
      if (kind === 'goal') {
        await checkGoal(scope, input.data as Goal, 'data', current?.data as Goal | undefined);
      }
      const proposed = isPlanWithReferences(kind)
        ? await planProposal(scope, kind, current, input.baseVersion, input.data)
        : input.data;
      if ((await repo.countPending(scope.personId, relationshipId)) >= PENDING_MAX) {
        throw new AppError('WM_SUGGESTION_TOO_MANY', { params: { max: PENDING_MAX } });
      }
      const relationship = await repo.relationship(scope.personId, relationshipId);
      if (!relationship) throw notFound();
      const at = clock().toISOString();
      const row: SuggestionRow = {
        person_id: scope.personId,
        id: randomUUID(),
        relationship_id: relationshipId,
        author_id: scope.actor.accountId,
        kind,
        item_id: current?.id ?? null,
        base_version: input.baseVersion,
        data: JSON.stringify(proposed),
        schema_version: currentShapeVersion(kind),
        status: 'pending',
        changed: 0,
        reply: '',
        created_at: at,
        decided_at: null,
        result_item_id: null,
        result_version: null,
      };
      // One transaction: a suggestion is never stored without its line in the access log.
      await repo.transaction(async (trx) => {
        await repo.insert(row, trx);
        await log.append(
          {
            personId: scope.personId,
            actorId: row.author_id,
            actorName: relationship.known_as,
            actorRole: relationship.role,
            relationshipId,
            what: 'suggested',
            section: scope.section,
            detail: { suggestionId: row.id, kind, itemId: row.item_id },
          },
          trx,
        );
        await announce(trx, {
          type: 'suggestion_made',
          personId: row.person_id,
          suggestionId: row.id,
          authorId: row.author_id,
          authorName: relationship.known_as,
        });
      });
      notifications.sendSoon();
      const own = await repo.ownById(row.author_id, row.id);
      if (!own) throw notFound();
      return mine(own);
    },

    /** The person's suggestions with the words before, suggested and now (owner only). */
    async list(personId: string): Promise<{ pending: number; suggestions: Suggestion[] }> {
      const rows = await repo.listFor(personId, LIST_LIMIT);
      const suggestions = await Promise.all(rows.map(view));
      return { pending: rows.filter((r) => r.status === 'pending').length, suggestions };
    },

    async get(personId: string, id: string): Promise<Suggestion> {
      const row = await repo.find(personId, id);
      if (!row) throw notFound();
      return view(row);
    },

    async count(personId: string): Promise<{ pending: number }> {
      return { pending: await repo.countPending(personId) };
    },

    /**
     * Accepts a pending suggestion, as it is or with the person's own changes (`data`), through
     * the record's versioned write: If-Match names the version the person saw (412 otherwise).
     * When the item changed since the suggestion was made and the person sent no words of their
     * own, the suggestion is merged three ways with what is saved now; where both changed the
     * same words differently it is refused (412 with what is saved), never overwritten.
     */
    async accept(
      personId: string,
      id: string,
      ifMatch: IfMatch,
      input: { data?: unknown; reply?: string },
    ): Promise<Suggestion> {
      const row = await pendingOf(personId, id);
      const decidedEvent = await decidedEventOf(row);
      const kind = row.kind as SuggestableKind;
      // The access step let only the owner through (the `owner` rule): the person's own scope.
      const scope = ownerScope(personId, SECTION_OF_KIND[kind], 'write');
      const proposed = read(row.kind, row.schema_version, row.data);
      const suggestion = await view(row);
      if (suggestion.itemGone) throw new AppError('WM_SUGGESTION_ITEM_GONE');
      let words = input.data ?? proposed;
      if (input.data === undefined && suggestion.outdated) {
        const merged = mergeThreeWay(suggestion.base, proposed, suggestion.current.data);
        if (merged.conflicts.length > 0) {
          throw new AppError('WM_VERSION_CONFLICT', {
            current: { version: suggestion.current.version, data: suggestion.current.data },
          });
        }
        words = merged.merged;
      }
      const parsed = ITEM_SCHEMAS[kind].safeParse(words);
      if (!parsed.success) throw validationFailed(parsed.error.issues, 'data');
      const data = parsed.data;
      if (kind === 'goal') {
        await checkGoal(scope, data as Goal, 'data', suggestion.current.data as Goal | undefined);
      }
      if (isPlanWithReferences(kind)) {
        // Every contact the accepted words name must still be one of the person's own.
        await checkContactReferences(records, scope, contactReferencesOf(kind, data));
      }
      const changed = input.data !== undefined && !sameValue(input.data, proposed);
      const decidedAt = clock().toISOString();
      const origin: WriteOrigin = {
        suggestedBy: { accountId: row.author_id, role: row.author_role as Role },
        also: async (trx, item) => {
          const decided = await repo.decide(
            personId,
            id,
            {
              status: 'accepted',
              changed,
              reply: input.reply ?? '',
              decidedAt,
              resultItemId: item.id,
              resultVersion: item.version,
            },
            trx,
          );
          // Withdrawn or decided in another tab meanwhile: the write is undone with it.
          if (!decided) throw new AppError('WM_SUGGESTION_DECIDED');
          await announce(trx, { ...decidedEvent, outcome: 'accepted' });
        },
      };
      if (isDocument(kind)) await records.saveSingleton(scope, kind, ifMatch, data, origin);
      else if (row.item_id) await records.update(scope, kind, row.item_id, ifMatch, data, origin);
      else await records.create(scope, kind, data, null, origin);
      notifications.sendSoon();
      return this.get(personId, id);
    },

    async decline(personId: string, id: string, input: { reply?: string }): Promise<Suggestion> {
      const row = await pendingOf(personId, id);
      const decidedAt = clock().toISOString();
      const decision = { status: 'declined' as const, changed: false, reply: input.reply ?? '' };
      const decidedEvent = await decidedEventOf(row);
      await repo.transaction(async (trx) => {
        if (!(await repo.decide(personId, id, { ...decision, decidedAt }, trx))) {
          throw new AppError('WM_SUGGESTION_DECIDED');
        }
        await announce(trx, { ...decidedEvent, outcome: 'declined' });
      });
      notifications.sendSoon();
      return this.get(personId, id);
    },

    /** The suggester's own suggestions and what became of them (no record content). */
    async mine(accountId: string): Promise<MySuggestion[]> {
      return (await repo.byAuthor(accountId, LIST_LIMIT)).map(mine);
    },

    /** The suggester takes back a pending suggestion of theirs; logged for the person. */
    async withdraw(accountId: string, id: string): Promise<MySuggestion> {
      const own = await repo.ownById(accountId, id);
      if (!own) throw notFound();
      if (own.status !== 'pending') throw new AppError('WM_SUGGESTION_DECIDED');
      const relationship = await repo.relationship(own.person_id, own.relationship_id);
      const decidedAt = clock().toISOString();
      await repo.transaction(async (trx) => {
        const decision = { status: 'withdrawn' as const, changed: false, reply: '', decidedAt };
        if (!(await repo.decide(own.person_id, id, decision, trx))) {
          throw new AppError('WM_SUGGESTION_DECIDED');
        }
        await log.append(
          {
            personId: own.person_id,
            actorId: accountId,
            actorName: relationship?.known_as ?? '',
            actorRole: relationship?.role ?? '',
            relationshipId: own.relationship_id,
            what: 'suggestion_withdrawn',
            section: SECTION_OF_KIND[own.kind as SuggestableKind],
            detail: { suggestionId: id },
          },
          trx,
        );
      });
      const after = await repo.ownById(accountId, id);
      if (!after) throw notFound();
      return mine(after);
    },
  };
}

export type SuggestionService = ReturnType<typeof createSuggestionService>;
