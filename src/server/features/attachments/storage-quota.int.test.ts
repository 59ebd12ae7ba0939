// Each person's files fit in a storage quota (STORAGE_QUOTA_MB). Deleted files still count
// while they can be brought back; after the undo window their bytes are purged, unless a plan
// can still bring them back, and the space is free again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_SAFETY_PLAN } from '../../../domain/record/plans.schema.ts';
import { expectError, ifMatch } from '../../test/api.ts';
import { type Client, signIn, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';
import { PNG_BYTES } from '../../test/plan-fixtures.ts';
import { UNDO_WINDOW_DAYS } from '../record/record.service.ts';
import { schedulePurge } from './purge-schedule.ts';

const KIB = 1024;
const aPhoto = (kib: number, fill = 0) => Buffer.concat([PNG_BYTES, Buffer.alloc(kib * KIB, fill)]);
const DAY_MINUTES = 24 * 60;

describe.each(DIALECTS)('Storage quota on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect, { STORAGE_QUOTA_MB: '1' });
  });
  afterAll(() => t.close());

  const photos = (client: Client) => `/api/people/${client.personId}/safety-plan/photos`;
  const upload = (client: Client, bytes: Buffer) =>
    client.request({
      method: 'POST',
      url: photos(client),
      payload: bytes,
      headers: { 'content-type': 'image/png', 'x-file-name': 'canal.png' },
    });
  const storedFiles = async (personId: string) =>
    (
      await t.store.db
        .selectFrom('attachment')
        .select(['id', 'purged_at'])
        .where('person_id', '=', personId)
        .execute()
    ).length;

  /** Moves the clock on and signs in again (the session timed out meanwhile). */
  async function later(minutes: number, account: { email: string; password: string }) {
    t.clock.advanceMinutes(minutes);
    return signIn(t.app, account.email, account.password);
  }

  it('refuses a file over the quota with 413, says how much is left, and stores nothing', async () => {
    const account = aSignUp();
    let sam = await signUp(t.app, account);
    const first = await upload(sam, aPhoto(600));
    expect(first.statusCode).toBe(201);

    const refused = expectError(
      await upload(sam, aPhoto(600, 1)),
      413,
      'WM_STORAGE_QUOTA_EXCEEDED',
    );
    expect(refused.error.message).toContain('0.4 MB of your 1 MB left');
    expect(refused.error.message).toContain(
      'take files you no longer need off your plans and save',
    );
    expect(await storedFiles(sam.personId)).toBe(1);

    // Deleted files still count while they can be brought back.
    const firstFile = `${photos(sam)}/${first.json().id}`;
    await sam.request({ method: 'DELETE', url: firstFile, headers: ifMatch(1) });
    expectError(await upload(sam, aPhoto(600, 2)), 413, 'WM_STORAGE_QUOTA_EXCEEDED');
    sam = await later(UNDO_WINDOW_DAYS * DAY_MINUTES - 1, account);
    expectError(await upload(sam, aPhoto(600, 3)), 413, 'WM_STORAGE_QUOTA_EXCEEDED');
    expect(await storedFiles(sam.personId)).toBe(1);

    // Past the undo window the deleted file's bytes go, and its space is free again.
    sam = await later(2, account);
    const fits = await upload(sam, aPhoto(600, 4));
    expect(fits.statusCode).toBe(201);
    expect((await sam.request({ method: 'GET', url: firstFile })).statusCode).toBe(404);
    expectError(
      await sam.request({ method: 'POST', url: `${firstFile}/undelete`, headers: ifMatch(2) }),
      404,
      'WM_NOT_FOUND',
    );
    const purged = await t.store.db
      .selectFrom('attachment')
      .select(['content', 'purged_at'])
      .where('id', '=', first.json().id)
      .executeTakeFirstOrThrow();
    expect(purged).toEqual({ content: '', purged_at: t.clock.now.toISOString() });
  });

  it('lets only one of several uploads racing for the last space in', async () => {
    const racer = await signUp(t.app);
    const answers = await Promise.all([1, 2, 3, 4].map((fill) => upload(racer, aPhoto(600, fill))));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 413, 413, 413]);
    expect(await storedFiles(racer.personId)).toBe(1);
  });

  it('purges at start-up, but keeps a deleted file the plan still names so it can come back', async () => {
    const account = aSignUp();
    let pat = await signUp(t.app, account);
    const named = (await upload(pat, aPhoto(300))).json();
    const onceNamed = (await upload(pat, aPhoto(300, 5))).json();
    const plan = `/api/people/${pat.personId}/safety-plan`;
    const save = (version: number, reasonPhotoIds: string[]) =>
      pat.request({
        method: 'PUT',
        url: plan,
        headers: ifMatch(version),
        payload: { ...EMPTY_SAFETY_PLAN, reasonPhotoIds },
      });
    expect((await save(0, [named.id, onceNamed.id])).statusCode).toBe(200);
    expect((await save(1, [named.id])).statusCode).toBe(200);
    for (const file of [named, onceNamed]) {
      const gone = await pat.request({
        method: 'DELETE',
        url: `${photos(pat)}/${file.id}`,
        headers: ifMatch(1),
      });
      expect(gone.statusCode).toBe(200);
    }

    pat = await later((UNDO_WINDOW_DAYS + 1) * DAY_MINUTES, account);
    // What the server runs when it starts (and every hour after).
    const purge = schedulePurge(() => t.services.attachments.purgeExpired(), t.app.log);
    await purge.done;
    purge.stop();

    // Only an old revision named this one: its bytes are gone (and a second run finds nothing).
    expect(await t.services.attachments.purgeExpired()).toBe(0);
    const onceNamedRow = await t.store.db
      .selectFrom('attachment')
      .select(['purged_at'])
      .where('id', '=', onceNamed.id)
      .executeTakeFirstOrThrow();
    expect(onceNamedRow.purged_at).not.toBeNull();
    // The plan as it stands names this one: it stays, and can still be brought back.
    const back = await pat.request({
      method: 'POST',
      url: `${photos(pat)}/${named.id}/undelete`,
      headers: ifMatch(2),
    });
    expect(back.statusCode).toBe(200);
    const download = await pat.request({ method: 'GET', url: `${photos(pat)}/${named.id}` });
    expect(download.rawPayload.equals(aPhoto(300))).toBe(true);
    // Its 300 KiB still count against the 1 MB: 800 KiB more would not fit, 600 KiB does.
    expectError(await upload(pat, aPhoto(800)), 413, 'WM_STORAGE_QUOTA_EXCEEDED');
    expect((await upload(pat, aPhoto(600))).statusCode).toBe(201);
  });
});
