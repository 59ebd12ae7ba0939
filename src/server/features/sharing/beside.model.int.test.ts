// The model test of comments and views beside the record (decision 0030), apart from the
// sharing model (sharing.model.int.test.ts) so each can grow on its own, and run on its own.
//
// Random sequences of share (goals and the staying-well plan at none / view / suggest) /
// revoke / pause / resume / comment / annotate / read comments, against a plain model written
// from the product rules: whoever may read goals may comment (the person too), a comment over
// the limit is refused once access is granted, only suggest on the plan lets someone record a
// view beside it and never the person, and each thing someone else adds leaves exactly one log
// entry.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signUpAs, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS, type Dialect } from '../../test/dialects.ts';

const SEED = Number(process.env.SHARING_MODEL_SEED ?? 20_261_129);
type Level = 'view' | 'suggest';

const BESIDE_RUNS: Record<Dialect, { sequences: number; maxCommands: number }> = {
  sqlite: { sequences: 1000, maxCommands: 12 },
  postgres: { sequences: 1000, maxCommands: 10 },
};
type BesideLevel = 'none' | Level;
type BesideCommand =
  | { kind: 'share'; goals: BesideLevel; plan: BesideLevel }
  | { kind: 'revoke' }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'comment'; by: 'owner' | 'other'; tooLong: boolean }
  | { kind: 'annotate'; by: 'owner' | 'other' }
  | { kind: 'readComments'; by: 'owner' | 'other' };

type BesideModel = {
  paused: boolean;
  /** The supporter's current levels, or null when not shared with. */
  shared: { goals: BesideLevel; plan: BesideLevel } | null;
  comments: number;
};

function besideMayComment(model: BesideModel, by: 'owner' | 'other'): boolean {
  if (by === 'owner') return true;
  return !model.paused && model.shared !== null && model.shared.goals !== 'none';
}
function besideMayAnnotate(model: BesideModel, by: 'owner' | 'other'): boolean {
  if (by === 'owner') return false; // the person's words are the record; they reply instead
  return !model.paused && model.shared?.plan === 'suggest';
}

const level = fc.constantFrom<BesideLevel>('none', 'view', 'suggest');
const by = fc.constantFrom<'owner' | 'other'>('owner', 'other', 'other');
const besideCommand: fc.Arbitrary<BesideCommand> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constant('share' as const), goals: level, plan: level }),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant('revoke' as const) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('pause' as const) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('resume' as const) }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant('comment' as const), by, tooLong: fc.boolean() }),
    weight: 5,
  },
  { arbitrary: fc.record({ kind: fc.constant('annotate' as const), by }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('readComments' as const), by }), weight: 2 },
);

describe.each(DIALECTS)('Comments and views in the sharing model on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let other: Client;
  let commentsUrl: string;
  let viewsUrl: string;
  beforeAll(async () => {
    t = await startTestApp(dialect, {
      SESSION_IDLE_MINUTES: '1440',
      SESSION_ABSOLUTE_HOURS: '168',
    });
    owner = await signUpAs(t, 'person');
    other = await signUpAs(t, 'supporter');
    const base = `/api/people/${owner.personId}`;
    const goal = await owner.request({
      method: 'POST',
      url: `${base}/goals`,
      payload: {
        title: 'Swim',
        why: '',
        lifeAreaId: null,
        steps: [],
        whoHelps: '',
        targetDate: null,
        status: 'in_progress',
      },
    });
    expect(goal.statusCode, goal.body).toBe(201);
    commentsUrl = `${base}/goals/${goal.json().id}/comments`;
    const plan = await owner.request({ method: 'GET', url: `${base}/staying-well-plan` });
    const saved = await owner.request({
      method: 'PUT',
      url: `${base}/staying-well-plan`,
      headers: { 'if-match': 'W/"0"' },
      payload: plan.json().data,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    viewsUrl = `${base}/staying-well-plan/views`;
  });
  afterAll(() => t.close());

  const lastEntry = () =>
    t.store.db
      .selectFrom('access_log')
      .select(['seq', 'what', 'actor_id', 'section'])
      .where('person_id', '=', owner.personId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();

  it('agrees with its model on every comment and view of every random sequence', async () => {
    let sequences = 0;
    let added = 0;
    const { sequences: numRuns, maxCommands } = BESIDE_RUNS[dialect];
    await fc.assert(
      fc.asyncProperty(
        fc.array(besideCommand, { minLength: 3, maxLength: maxCommands, size: 'max' }),
        async (run) => {
          sequences += 1;
          const personId = owner.personId;
          const current = await t.store.db
            .selectFrom('relationship')
            .select('id')
            .where('person_id', '=', personId)
            .where('ended_at', 'is', null)
            .execute();
          for (const { id } of current) await t.services.sharing.revoke(personId, id);
          await t.services.sharing.resume(personId);
          // Each sequence starts with no comments, so the lists stay short.
          await t.store.db.deleteFrom('record_comment').where('person_id', '=', personId).execute();
          const model: BesideModel = { paused: false, shared: null, comments: 0 };
          const client = (who: 'owner' | 'other') => (who === 'owner' ? owner : other);
          const grantsOf = (goals: BesideLevel, plan: BesideLevel) =>
            [
              { section: 'goals' as const, level: goals },
              { section: 'staying_well' as const, level: plan },
            ]
              .filter((g) => g.level !== 'none')
              .map((g) => ({ ...g, level: g.level as 'view' | 'suggest', endsAt: null }));

          for (const step of run) {
            const what = `${JSON.stringify(step)} in ${JSON.stringify(run)}`;
            switch (step.kind) {
              case 'share': {
                const relationshipId = (
                  await t.store.db
                    .selectFrom('relationship')
                    .select('id')
                    .where('person_id', '=', personId)
                    .where('account_id', '=', other.personId)
                    .where('ended_at', 'is', null)
                    .executeTakeFirst()
                )?.id;
                const grants = grantsOf(step.goals, step.plan);
                if (relationshipId)
                  await t.services.sharing.setGrants(personId, relationshipId, grants);
                else
                  await t.services.sharing.createRelationship({
                    personId,
                    accountId: other.personId,
                    role: 'friend',
                    knownAs: 'Jo',
                    grants,
                  });
                model.shared = { goals: step.goals, plan: step.plan };
                break;
              }
              case 'revoke': {
                const live = await t.store.db
                  .selectFrom('relationship')
                  .select('id')
                  .where('person_id', '=', personId)
                  .where('ended_at', 'is', null)
                  .execute();
                for (const { id } of live) await t.services.sharing.revoke(personId, id);
                model.shared = null;
                break;
              }
              case 'pause':
                await t.services.sharing.pause(personId, { emergencyLinks: false });
                model.paused = true;
                break;
              case 'resume':
                await t.services.sharing.resume(personId);
                model.paused = false;
                break;
              case 'comment':
              case 'annotate': {
                const before = await lastEntry();
                const response = await client(step.by).request({
                  method: 'POST',
                  ...(step.kind === 'comment'
                    ? {
                        url: commentsUrl,
                        payload: { text: step.tooLong ? 'x'.repeat(501) : 'Well done' },
                      }
                    : { url: viewsUrl, payload: { part: '', version: 1, text: 'My view' } }),
                });
                const may =
                  step.kind === 'comment'
                    ? besideMayComment(model, step.by)
                    : besideMayAnnotate(model, step.by);
                const tooLong = step.kind === 'comment' && step.tooLong;
                expect(response.statusCode, what).toBe(!may ? 404 : tooLong ? 400 : 201);
                const stored = may && !tooLong;
                if (stored && step.kind === 'comment') model.comments += 1;
                if (stored) added += 1;
                const after = await lastEntry();
                const logged = Number(after?.seq ?? 0) - Number(before?.seq ?? 0);
                const expectLog = stored && step.by === 'other';
                expect(logged, `log entries for ${what}`).toBe(expectLog ? 1 : 0);
                if (expectLog) {
                  expect(after, what).toMatchObject({
                    what: step.kind === 'comment' ? 'commented' : 'annotated',
                    actor_id: other.personId,
                    section: step.kind === 'comment' ? 'goals' : 'staying_well',
                  });
                }
                break;
              }
              case 'readComments': {
                const response = await client(step.by).request({ method: 'GET', url: commentsUrl });
                const may = besideMayComment(model, step.by);
                expect(response.statusCode, what).toBe(may ? 200 : 404);
                if (may) expect(response.json().items.length, what).toBe(model.comments);
                break;
              }
            }
          }
        },
      ),
      { numRuns, seed: SEED, endOnFailure: false },
    );
    console.log(
      `comments and views model on ${dialect}: ${sequences.toLocaleString('en-GB')} sequences, ${added.toLocaleString('en-GB')} comments and views added, 0 disagreements, seed ${SEED}`,
    );
    expect(sequences).toBeGreaterThanOrEqual(numRuns);
    expect(await t.services.accessLog.verifyChain(owner.personId)).toMatchObject({ ok: true });
  }, 600_000);
});
