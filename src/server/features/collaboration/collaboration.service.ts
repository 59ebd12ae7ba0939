// What others add beside a person's record, never in it (decision 0030): encouragement on a goal
// or a step, and a supporter's own view beside the person's words on a plan or a life-area
// rating, which the person may answer. None of it writes a revision. Whoever may do what comes
// from the request's scope (the access decision's `comment` and `annotate` sets); each thing
// someone other than the person adds is logged, without its words, in the same transaction.
import type { Kysely } from 'kysely';
import { type Action, isAccountActor } from '../../../domain/access/policy.ts';
import { permits, type RecordScope } from '../../../domain/access/scope.ts';
import type {
  Annotation,
  AnnotationList,
  Comment,
  CommentList,
  NewComment,
} from '../../../domain/collaboration/collaboration.schema.ts';
import { AppError, notFound } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import type { Goal } from '../../../domain/record/record.schema.ts';
import type { ItemKind, Section } from '../../../domain/record/sections.ts';
import type { Database } from '../../store/schema.ts';
import type { Clock, Item, RecordService } from '../record/record.service.ts';
import type { AccessLog, AccessLogEvent } from '../sharing/access-log.ts';
import type { AnnotationRow, AuthorNames, CollaborationRepo } from './collaboration.repo.ts';

/** The item a view is recorded beside, and the parts of it a view may be about. */
export type AnnotatedItem = { item: Item; parts: readonly string[] };
export type FindAnnotated = (scope: RecordScope) => Promise<AnnotatedItem | undefined>;

function actorId(scope: RecordScope): string {
  if (!isAccountActor(scope.actor)) throw notFound(); // links only read; kept as a hard stop
  return scope.actor.accountId;
}

const fieldError = (field: string, message: string) =>
  new AppError('WM_VALIDATION_FAILED', { fields: [{ field, message }] });

export function createCollaborationService(
  repo: CollaborationRepo,
  records: RecordService,
  log: Pick<AccessLog, 'append'>,
  clock: Clock,
) {
  const now = () => clock().toISOString();

  /** How the viewer sees an author: "You", the person, or the name the viewer knows them by. */
  function authorOf(scope: RecordScope, names: AuthorNames, authorId: string) {
    const isYou = authorId === actorId(scope);
    const isOwner = authorId === scope.personId;
    const known = names.get(authorId);
    const name = isYou
      ? ''
      : scope.decision.isOwner
        ? (known?.knownAs ?? known?.displayName ?? '')
        : (known?.displayName ?? '');
    return { name, isYou, isOwner };
  }

  /** One entry for something someone other than the person added, in the same transaction. */
  async function logBeside(
    trx: Kysely<Database>,
    scope: RecordScope,
    what: AccessLogEvent,
    detail: Record<string, string>,
  ): Promise<void> {
    const relationshipId = scope.decision.relationshipId;
    if (scope.decision.isOwner || !relationshipId) return;
    const relationship = await repo.relationship(trx, scope.personId, relationshipId);
    await log.append(
      {
        personId: scope.personId,
        actorId: actorId(scope),
        actorName: relationship?.known_as ?? '',
        actorRole: relationship?.role ?? 'other',
        relationshipId,
        what,
        section: scope.section,
        detail,
      },
      trx,
    );
  }

  /** A goal that is there (not deleted), or the 404. */
  async function liveGoal(scope: RecordScope, goalId: string): Promise<Item<Goal>> {
    const goal = await records.get<Goal>(scope, 'goal', goalId);
    if (goal.deletedAt) throw notFound();
    return goal;
  }

  async function presentComments(
    scope: RecordScope,
    rows: Awaited<ReturnType<CollaborationRepo['comments']>>,
  ) {
    const names = await repo.names(scope.personId, [...new Set(rows.map((r) => r.author_id))]);
    return rows.map(
      (row): Comment => ({
        id: row.id,
        goalId: row.item_id,
        stepId: row.step_id === '' ? null : row.step_id,
        author: authorOf(scope, names, row.author_id),
        text: row.text,
        createdAt: row.created_at,
        // Hiding is the person's own choice, told to nobody else.
        hidden: scope.decision.isOwner && row.hidden_at !== null,
      }),
    );
  }

  async function ownComment(scope: RecordScope, goalId: string, id: string) {
    await liveGoal(scope, goalId);
    const row = await repo.comment(scope.personId, goalId, id);
    if (!row) throw notFound();
    return row;
  }

  function presentAnnotations(scope: RecordScope, rows: AnnotationRow[], names: AuthorNames) {
    return rows.map(
      (row): Annotation => ({
        id: row.id,
        kind: row.kind === 'reply' ? 'reply' : 'view',
        replyTo: row.reply_to,
        part: row.part,
        itemVersion: row.item_version,
        author: authorOf(scope, names, row.author_id),
        text: row.text,
        createdAt: row.created_at,
      }),
    );
  }

  /**
   * The owner previewing what someone else sees reads with that person's decision; nothing
   * may be done from a preview, so it offers nothing.
   */
  const previewing = (scope: RecordScope) =>
    !scope.decision.isOwner && actorId(scope) === scope.personId;
  const may = (scope: RecordScope, section: Section, action: Action) =>
    !previewing(scope) && permits(scope.decision, section, action);

  const mayAnnotate = (scope: RecordScope) => ({
    annotate: may(scope, scope.section, 'annotate'),
    reply: may(scope, scope.section, 'write'),
  });

  async function annotationList(scope: RecordScope, item: Item): Promise<AnnotationList> {
    const all = await repo.annotations(scope.personId, item.id);
    // Replies to a view its author took back go with it.
    const views = new Set(all.filter((r) => r.kind !== 'reply').map((r) => r.id));
    const rows = all.filter((r) => r.kind !== 'reply' || (r.reply_to && views.has(r.reply_to)));
    const names = await repo.names(scope.personId, [...new Set(rows.map((r) => r.author_id))]);
    return {
      itemVersion: item.version,
      items: presentAnnotations(scope, rows, names),
      youMay: mayAnnotate(scope),
    };
  }

  return {
    async comments(scope: RecordScope, goalId: string): Promise<CommentList> {
      await liveGoal(scope, goalId);
      return {
        items: await presentComments(scope, await repo.comments(scope.personId, goalId)),
        youMay: {
          comment: may(scope, 'goals', 'comment'),
          hide: may(scope, 'goals', 'write'),
        },
      };
    },

    async addComment(scope: RecordScope, goalId: string, input: NewComment): Promise<Comment> {
      const goal = await liveGoal(scope, goalId);
      const stepId = input.stepId ?? null;
      if (stepId !== null && !goal.data.steps.some((step) => step.id === stepId)) {
        throw fieldError('stepId', say('validation.choice'));
      }
      const row = {
        person_id: scope.personId,
        id: crypto.randomUUID(),
        item_id: goal.id,
        step_id: stepId ?? '',
        author_id: actorId(scope),
        text: input.text,
        created_at: now(),
        hidden_at: null,
        deleted_at: null,
      };
      await repo.db.transaction().execute(async (trx) => {
        await repo.insertComment(trx, row);
        await logBeside(trx, scope, 'commented', { goalId: goal.id, commentId: row.id });
      });
      const [comment] = await presentComments(scope, [row]);
      if (!comment) throw new Error('A comment just written could not be shown');
      return comment;
    },

    /** The author takes their own comment back; anyone else gets the 404. */
    async deleteComment(scope: RecordScope, goalId: string, id: string): Promise<void> {
      const row = await ownComment(scope, goalId, id);
      if (row.author_id !== actorId(scope)) throw notFound();
      await repo.db.transaction().execute(async (trx) => {
        await repo.markComment(trx, scope.personId, id, { deleted_at: now() });
        await logBeside(trx, scope, 'comment_deleted', { goalId, commentId: id });
      });
    },

    /** The person hides a comment for themselves, or shows it again (write scope: theirs only). */
    async setHidden(
      scope: RecordScope,
      goalId: string,
      id: string,
      hidden: boolean,
    ): Promise<Comment> {
      const row = await ownComment(scope, goalId, id);
      const hiddenAt = hidden ? (row.hidden_at ?? now()) : null;
      await repo.db.transaction().execute(async (trx) => {
        await repo.markComment(trx, scope.personId, id, { hidden_at: hiddenAt });
      });
      const [comment] = await presentComments(scope, [{ ...row, hidden_at: hiddenAt }]);
      if (!comment) throw new Error('A comment just changed could not be shown');
      return comment;
    },

    /** The views beside an item and the person's replies, oldest first. */
    async annotations(scope: RecordScope, find: FindAnnotated): Promise<AnnotationList> {
      const found = await find(scope);
      if (!found) return { itemVersion: 0, items: [], youMay: mayAnnotate(scope) };
      return annotationList(scope, found.item);
    },

    /** Someone with suggest access records their view beside the person's words. */
    async annotate(
      scope: RecordScope,
      kind: ItemKind,
      find: FindAnnotated,
      input: { text: string; part: string; version: number },
    ): Promise<Annotation> {
      const found = await find(scope);
      if (!found || found.item.kind !== kind) throw notFound();
      if (input.part !== '' && !found.parts.includes(input.part)) {
        throw fieldError('part', say('validation.choice'));
      }
      if (input.version > found.item.version) {
        throw fieldError('version', say('validation.invalid'));
      }
      const row: AnnotationRow = {
        person_id: scope.personId,
        id: crypto.randomUUID(),
        item_id: found.item.id,
        item_version: input.version,
        author_id: actorId(scope),
        author_role: scope.actor && isAccountActor(scope.actor) ? scope.actor.role : 'other',
        kind: 'view',
        part: input.part,
        reply_to: null,
        text: input.text,
        created_at: now(),
        deleted_at: null,
      };
      await repo.db.transaction().execute(async (trx) => {
        await repo.insertAnnotation(trx, row);
        await logBeside(trx, scope, 'annotated', { itemId: row.item_id, annotationId: row.id });
      });
      const names = await repo.names(scope.personId, [row.author_id]);
      return presentAnnotations(scope, [row], names)[0] as Annotation;
    },

    /**
     * The author takes their own view back: marked deleted, logged without its words, never a
     * change to the record. A view not on this item, or not theirs, is the 404.
     */
    async deleteView(scope: RecordScope, find: FindAnnotated, viewId: string): Promise<void> {
      const found = await find(scope);
      const view = await repo.annotation(scope.personId, viewId);
      if (
        !found ||
        !view ||
        view.kind !== 'view' ||
        view.item_id !== found.item.id ||
        view.author_id !== actorId(scope)
      ) {
        throw notFound();
      }
      await repo.db.transaction().execute(async (trx) => {
        await repo.deleteAnnotation(trx, scope.personId, view.id, now());
        await logBeside(trx, scope, 'annotation_deleted', {
          itemId: view.item_id,
          annotationId: view.id,
        });
      });
    },

    /** The person answers a view beside their words. A view not on this item is the 404. */
    async reply(
      scope: RecordScope,
      find: FindAnnotated,
      viewId: string,
      text: string,
    ): Promise<Annotation> {
      const found = await find(scope);
      const view = await repo.annotation(scope.personId, viewId);
      if (!found || !view || view.kind !== 'view' || view.item_id !== found.item.id) {
        throw notFound();
      }
      const row: AnnotationRow = {
        person_id: scope.personId,
        id: crypto.randomUUID(),
        item_id: found.item.id,
        item_version: found.item.version,
        author_id: actorId(scope),
        author_role: 'owner',
        kind: 'reply',
        part: view.part,
        reply_to: view.id,
        text,
        created_at: now(),
        deleted_at: null,
      };
      await repo.db.transaction().execute((trx) => repo.insertAnnotation(trx, row));
      const names = await repo.names(scope.personId, [row.author_id]);
      return presentAnnotations(scope, [row], names)[0] as Annotation;
    },
  };
}

export type CollaborationService = ReturnType<typeof createCollaborationService>;
