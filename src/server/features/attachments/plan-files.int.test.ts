// Files taken off a plan (or uploaded and never saved in it) stop using the person's storage
// once the undo window has passed since they left the plan; the person can see how much of
// their storage is in use; and a plan version restored with a file that was purged still saves,
// with the file shown as removed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CRISIS_PLAN, EMPTY_SAFETY_PLAN } from '../../../domain/record/plans.schema.ts';
import { expectError, ifMatch } from '../../test/api.ts';
import { type Client, signIn, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';
import { PDF_BYTES, PNG_BYTES } from '../../test/plan-fixtures.ts';
import { UNDO_WINDOW_DAYS } from '../record/record.service.ts';

const KIB = 1024;
const aPhoto = (kib: number, fill = 0) => Buffer.concat([PNG_BYTES, Buffer.alloc(kib * KIB, fill)]);
const DAY_MINUTES = 24 * 60;

describe.each(DIALECTS)('Files in plans on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect, { STORAGE_QUOTA_MB: '1' });
  });
  afterAll(() => t.close());

  const photos = (client: Client) => `/api/people/${client.personId}/safety-plan/photos`;
  const documents = (client: Client) => `/api/people/${client.personId}/crisis-plan/documents`;
  const upload = (client: Client, url: string, bytes: Buffer, type = 'image/png') =>
    client.request({
      method: 'POST',
      url,
      payload: bytes,
      headers: { 'content-type': type, 'x-file-name': 'file' },
    });
  const saveSafetyPlan = (client: Client, version: number, reasonPhotoIds: string[]) =>
    client.request({
      method: 'PUT',
      url: `/api/people/${client.personId}/safety-plan`,
      headers: ifMatch(version),
      payload: { ...EMPTY_SAFETY_PLAN, reasonPhotoIds },
    });
  const storage = async (client: Client) => {
    const answer = await client.request({ method: 'GET', url: `${photos(client)}/storage` });
    expect(answer.statusCode).toBe(200);
    return answer.json() as { usedBytes: number; quotaBytes: number };
  };

  /** Moves the clock on, runs the hourly purge, and signs in again (the session timed out). */
  async function later(days: number, account: { email: string; password: string }) {
    t.clock.advanceMinutes(days * DAY_MINUTES);
    await t.services.attachments.purgeExpired();
    return signIn(t.app, account.email, account.password);
  }

  it('frees a photo taken off the safety plan once the undo window has passed since that save', async () => {
    const account = aSignUp();
    let sam = await signUp(t.app, account);
    const photo = aPhoto(600);
    const canal = (await upload(sam, photos(sam), photo)).json();
    expect((await saveSafetyPlan(sam, 0, [canal.id])).statusCode).toBe(200);

    // Ten days on, Sam takes the photo off the plan and saves.
    sam = await later(10, account);
    expect((await saveSafetyPlan(sam, 1, [])).statusCode).toBe(200);

    // The version with the photo was current until ten days in, so a restore can still bring
    // the photo back until forty days in: its bytes stay, and still count.
    sam = await later(UNDO_WINDOW_DAYS - 1, account);
    const kept = await sam.request({ method: 'GET', url: `${photos(sam)}/${canal.id}` });
    expect(kept.rawPayload.equals(photo)).toBe(true);
    expect((await storage(sam)).usedBytes).toBe(photo.length);
    expectError(await upload(sam, photos(sam), aPhoto(600, 1)), 413, 'WM_STORAGE_QUOTA_EXCEEDED');

    // Past the window since it left the plan: gone, and its space is free again.
    sam = await later(2, account);
    expect(
      (await sam.request({ method: 'GET', url: `${photos(sam)}/${canal.id}` })).statusCode,
    ).toBe(404);
    expect(await storage(sam)).toEqual({ usedBytes: 0, quotaBytes: 1024 * 1024 });
    expect((await upload(sam, photos(sam), aPhoto(600, 2))).statusCode).toBe(201);
  });

  it('frees a document taken off the crisis plan, and one uploaded but never saved in a plan', async () => {
    const account = aSignUp();
    let pat = await signUp(t.app, account);
    const document = Buffer.concat([PDF_BYTES, Buffer.alloc(400 * KIB, 32)]);
    const advance = (await upload(pat, documents(pat), document, 'application/pdf')).json();
    const crisisPlan = `/api/people/${pat.personId}/crisis-plan`;
    const saveCrisisPlan = (version: number, advanceChoiceDocumentId: string | null) =>
      pat.request({
        method: 'PUT',
        url: crisisPlan,
        headers: ifMatch(version),
        payload: { ...EMPTY_CRISIS_PLAN, advanceChoiceDocumentId },
      });
    expect((await saveCrisisPlan(0, advance.id)).statusCode).toBe(200);
    expect((await saveCrisisPlan(1, null)).statusCode).toBe(200);
    const neverSaved = (await upload(pat, photos(pat), aPhoto(300))).json();
    const listed = async () =>
      (
        (await pat.request({ method: 'GET', url: documents(pat) })).json().items as { id: string }[]
      ).map((file) => file.id);

    // Within the window both stay: a file just uploaded is waiting for the plan to be saved.
    pat = await later(UNDO_WINDOW_DAYS - 1, account);
    expect(await listed()).toEqual([advance.id]);
    expect(
      (await pat.request({ method: 'GET', url: `${photos(pat)}/${neverSaved.id}` })).statusCode,
    ).toBe(200);
    expect((await storage(pat)).usedBytes).toBe(document.length + aPhoto(300).length);

    pat = await later(2, account);
    expect(await listed()).toEqual([]);
    expect(
      (await pat.request({ method: 'GET', url: `${documents(pat)}/${advance.id}` })).statusCode,
    ).toBe(404);
    expect(
      (await pat.request({ method: 'GET', url: `${photos(pat)}/${neverSaved.id}` })).statusCode,
    ).toBe(404);
    expect((await storage(pat)).usedBytes).toBe(0);
  });

  it('keeps a photo the plan still names, however long ago it was uploaded', async () => {
    const account = aSignUp();
    let kim = await signUp(t.app, account);
    const photo = aPhoto(200);
    const named = (await upload(kim, photos(kim), photo)).json();
    expect((await saveSafetyPlan(kim, 0, [named.id])).statusCode).toBe(200);
    kim = await later(UNDO_WINDOW_DAYS * 3, account);
    const download = await kim.request({ method: 'GET', url: `${photos(kim)}/${named.id}` });
    expect(download.rawPayload.equals(photo)).toBe(true);
    expect((await storage(kim)).usedBytes).toBe(photo.length);
  });

  it('shows storage in use only to someone signed in who may upload', async () => {
    const sam = await signUp(t.app);
    expect(await storage(sam)).toEqual({ usedBytes: 0, quotaBytes: 1024 * 1024 });
    const photo = aPhoto(100);
    expect((await upload(sam, photos(sam), photo)).statusCode).toBe(201);
    const document = Buffer.concat([PDF_BYTES, Buffer.alloc(50 * KIB)]);
    expect((await upload(sam, documents(sam), document, 'application/pdf')).statusCode).toBe(201);
    // One storage for all the person's files, whichever plan's address asks.
    const fromCrisisPlan = await sam.request({ method: 'GET', url: `${documents(sam)}/storage` });
    expect(fromCrisisPlan.json()).toEqual({
      usedBytes: photo.length + document.length,
      quotaBytes: 1024 * 1024,
    });
    const signedOut = await t.app.inject({ method: 'GET', url: `${photos(sam)}/storage` });
    expect(signedOut.statusCode).toBe(401);
    const other = await signUp(t.app);
    const elsewhere = await other.request({ method: 'GET', url: `${photos(sam)}/storage` });
    expect([403, 404]).toContain(elsewhere.statusCode);
  });

  it('restores a plan version naming a purged photo: it shows as removed, and the plan still saves', async () => {
    const account = aSignUp();
    let lee = await signUp(t.app, account);
    const kept = (await upload(lee, photos(lee), aPhoto(100))).json();
    const lost = (await upload(lee, photos(lee), aPhoto(100, 1))).json();
    expect((await saveSafetyPlan(lee, 0, [kept.id, lost.id])).statusCode).toBe(200);
    expect((await saveSafetyPlan(lee, 1, [kept.id])).statusCode).toBe(200);
    // Deleted as well, so its bytes go however the purge picks files.
    const deleted = await lee.request({
      method: 'DELETE',
      url: `${photos(lee)}/${lost.id}`,
      headers: ifMatch(1),
    });
    expect(deleted.statusCode).toBe(200);
    lee = await later(UNDO_WINDOW_DAYS + 1, account);

    const plan = `/api/people/${lee.personId}/safety-plan`;
    const restored = await lee.request({
      method: 'POST',
      url: `${plan}/history/restore`,
      headers: ifMatch(2),
      payload: { version: 1 },
    });
    expect(restored.statusCode).toBe(200);
    expect(restored.json().data.reasonPhotoIds).toEqual([kept.id, lost.id]);
    expect(restored.json().removedFileIds).toEqual([lost.id]);
    const read = (await lee.request({ method: 'GET', url: plan })).json();
    expect(read.removedFileIds).toEqual([lost.id]);

    // The next save, with the restored words as they are, is not refused.
    const saved = await saveSafetyPlan(lee, 3, [kept.id, lost.id]);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().removedFileIds).toEqual([lost.id]);
    // Taking it off leaves nothing marked; a plan naming only live files has no mark at all.
    const cleared = await saveSafetyPlan(lee, 4, [kept.id]);
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).not.toHaveProperty('removedFileIds');
    // A deleted file that can still be brought back is refused, as before: bring it back first.
    const other = (await upload(lee, photos(lee), aPhoto(10, 3))).json();
    await lee.request({ method: 'DELETE', url: `${photos(lee)}/${other.id}`, headers: ifMatch(1) });
    expectError(await saveSafetyPlan(lee, 5, [kept.id, other.id]), 400, 'WM_VALIDATION_FAILED');
  });
});
