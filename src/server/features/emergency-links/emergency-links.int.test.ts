import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CRISIS_PLAN } from '../../../domain/record/plans.schema.ts';
import { expectError, ifMatch } from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aContact } from '../../test/plan-fixtures.ts';

describe.each(DIALECTS)('Emergency links on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    const base = `/api/people/${sam.personId}`;
    const ade = await sam.request({
      method: 'POST',
      url: `${base}/support-network`,
      payload: aContact(),
    });
    await sam.request({
      method: 'POST',
      url: `${base}/support-network`,
      payload: aContact({ name: 'Not in the plan' }),
    });
    await sam.request({
      method: 'PUT',
      url: `${base}/crisis-plan`,
      headers: { 'if-match': 'W/"0"' },
      payload: {
        ...EMPTY_CRISIS_PLAN,
        signs: 'I stop eating',
        wantInvolved: [{ contactId: ade.json().id, whatToDo: 'Come round' }],
      },
    });
  });
  afterAll(() => t.close());
  const links = () => `/api/people/${sam.personId}/emergency-links`;
  const open = (token: string) => t.app.inject({ method: 'GET', url: `/api/emergency/${token}` });

  it('opens the crisis plan read-only through a live link, with only the people it names, and logs each view', async () => {
    const created = await sam.request({
      method: 'POST',
      url: links(),
      payload: { expiresInHours: 24 },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token.length).toBeGreaterThanOrEqual(43);
    const shared = await open(token);
    expect(shared.statusCode).toBe(200);
    expect(shared.headers['cache-control']).toBe('no-store');
    expect(shared.headers['referrer-policy']).toBe('no-referrer');
    expect(shared.json().plan.signs).toBe('I stop eating');
    expect(shared.json().contacts.map((c: { name: string }) => c.name)).toEqual(['Ade']);
    await open(token);
    const list = await sam.request({ method: 'GET', url: links() });
    const link = list.json().items.find((l: { id: string }) => l.id === id);
    expect(link).toMatchObject({ status: 'active' });
    expect(link.views).toHaveLength(2);
    expect(JSON.stringify(list.json())).not.toContain(token);
    const revoked = await sam.request({
      method: 'POST',
      url: `${links()}/${id}/revoke`,
      headers: ifMatch(1),
    });
    expect(revoked.json()).toMatchObject({ status: 'revoked' });
    expect(revoked.json().views).toHaveLength(2);
  });

  it('cannot be used to write, and answers the same 404 for unknown, expired and revoked links', async () => {
    const unknown = await open('x'.repeat(43));
    const revokedLink = (
      await sam.request({ method: 'POST', url: links(), payload: { expiresInHours: 24 } })
    ).json();
    await sam.request({
      method: 'POST',
      url: `${links()}/${revokedLink.id}/revoke`,
      headers: ifMatch(1),
    });
    const revoked = await open(revokedLink.token);
    const expiring = (
      await sam.request({ method: 'POST', url: links(), payload: { expiresInHours: 1 } })
    ).json();
    t.clock.advanceMinutes(61);
    const expired = await open(expiring.token);
    for (const response of [unknown, revoked, expired]) {
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual(unknown.json());
    }
    const write = await t.app.inject({
      method: 'PUT',
      url: `/api/emergency/${revokedLink.token}`,
      payload: {},
    });
    expect(write.statusCode).toBe(404);
  });

  it('revokes only with If-Match, and answers 412 with the link when another tab revoked it', async () => {
    // The clock moved past the idle timeout above, so this is a fresh sign-in.
    const pat = await signUp(t.app);
    const patLinks = `/api/people/${pat.personId}/emergency-links`;
    const created = await pat.request({
      method: 'POST',
      url: patLinks,
      payload: { expiresInHours: 24 },
    });
    expect(created.headers.etag).toBe('W/"1"');
    const revoke = `${patLinks}/${created.json().id}/revoke`;
    expectError(await pat.request({ method: 'POST', url: revoke }), 428, 'WM_VERSION_REQUIRED');
    expect((await open(created.json().token)).statusCode).toBe(200);
    const first = await pat.request({ method: 'POST', url: revoke, headers: ifMatch(1) });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, status: 'revoked' });
    expect(first.headers.etag).toBe('W/"2"');
    const second = expectError(
      await pat.request({ method: 'POST', url: revoke, headers: ifMatch(1) }),
      412,
      'WM_VERSION_CONFLICT',
    ) as { current?: unknown };
    expect(second.current).toMatchObject({
      version: 2,
      status: 'revoked',
      views: [expect.any(String)],
    });
    // Asking again at the version that shows it revoked changes nothing.
    const again = await pat.request({ method: 'POST', url: revoke, headers: ifMatch(2) });
    expect(again.json()).toMatchObject({ version: 2, revokedAt: first.json().revokedAt });
    expect((await open(created.json().token)).statusCode).toBe(404);
  });

  it('refuses an expiry in the past, of zero, or beyond 30 days', async () => {
    // The clock moved past the idle timeout above, so this is a fresh sign-in.
    const pat = await signUp(t.app);
    for (const expiresInHours of [-5, 0, 721, 1.5]) {
      const response = await pat.request({
        method: 'POST',
        url: `/api/people/${pat.personId}/emergency-links`,
        payload: { expiresInHours },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields[0].field).toBe('expiresInHours');
    }
  });

  it('keeps the name the person gives a link, for them only: the person opening it never sees it', async () => {
    const pat = await signUp(t.app);
    const url = `/api/people/${pat.personId}/emergency-links`;
    const named = await pat.request({
      method: 'POST',
      url,
      payload: { expiresInHours: 72, label: '  For the crisis team  ' },
    });
    expect(named.statusCode).toBe(201);
    expect(named.json().label).toBe('For the crisis team');
    const unnamed = await pat.request({ method: 'POST', url, payload: { expiresInHours: 24 } });
    expect(unnamed.json().label).toBe('');
    const list = (await pat.request({ method: 'GET', url })).json().items as {
      id: string;
      label: string;
    }[];
    expect(list.map((link) => [link.id, link.label]).sort()).toEqual(
      [
        [named.json().id, 'For the crisis team'],
        [unnamed.json().id, ''],
      ].sort(),
    );
    const opened = await open(named.json().token);
    expect(opened.statusCode).toBe(200);
    expect(opened.body).not.toContain('crisis team');
  });

  it('refuses a link name over 100 characters, naming the field, and makes no link', async () => {
    const pat = await signUp(t.app);
    const url = `/api/people/${pat.personId}/emergency-links`;
    const response = await pat.request({
      method: 'POST',
      url,
      payload: { expiresInHours: 24, label: 'x'.repeat(101) },
    });
    expectError(response, 400, 'WM_VALIDATION_FAILED', 'label');
    expect((await pat.request({ method: 'GET', url })).json().items).toEqual([]);
  });
  it('renames a link for its owner only, with If-Match, keeping the link itself working', async () => {
    const pat = await signUp(t.app);
    const url = `/api/people/${pat.personId}/emergency-links`;
    const made = (
      await pat.request({ method: 'POST', url, payload: { expiresInHours: 24, label: 'Old' } })
    ).json();
    const item = `${url}/${made.id}`;
    expectError(
      await pat.request({ method: 'PATCH', url: item, payload: { label: 'New' } }),
      428,
      'WM_VERSION_REQUIRED',
    );
    const renamed = await pat.request({
      method: 'PATCH',
      url: item,
      headers: ifMatch(1),
      payload: { label: '  For my sister  ' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ label: 'For my sister', version: 2, status: 'active' });
    expect(renamed.json().expiresAt).toBe(made.expiresAt);
    expect(renamed.headers.etag).toBe('W/"2"');
    // Another tab still holding version 1 gets the link as it is now, not a silent overwrite.
    const stale = expectError(
      await pat.request({
        method: 'PATCH',
        url: item,
        headers: ifMatch(1),
        payload: { label: 'Other tab' },
      }),
      412,
      'WM_VERSION_CONFLICT',
    ) as { current?: unknown };
    expect(stale.current).toMatchObject({ label: 'For my sister', version: 2 });
    // The link still opens, and its opener never sees the name.
    const opened = await open(made.token);
    expect(opened.statusCode).toBe(200);
    expect(opened.body).not.toContain('sister');
    // An empty name takes the name away.
    const cleared = await pat.request({
      method: 'PATCH',
      url: item,
      headers: ifMatch(2),
      payload: { label: '' },
    });
    expect(cleared.json().label).toBe('');
    // Someone else, signed in, cannot rename it: the same 404 as a link that is not there.
    const stranger = await signUp(t.app);
    const refused = await stranger.request({
      method: 'PATCH',
      url: item,
      headers: ifMatch(3),
      payload: { label: 'Mallory' },
    });
    expect(refused.statusCode).toBe(404);
    const missing = await pat.request({
      method: 'PATCH',
      url: `${url}/${crypto.randomUUID()}`,
      headers: ifMatch(1),
      payload: { label: 'Nothing' },
    });
    expectError(missing, 404, 'WM_NOT_FOUND');
    const list = (await pat.request({ method: 'GET', url })).json().items;
    expect(list[0]).toMatchObject({ id: made.id, label: '', version: 3 });
  });

  it('refuses a new name over 100 characters or with unstorable text, naming the field, and keeps the old one', async () => {
    const pat = await signUp(t.app);
    const url = `/api/people/${pat.personId}/emergency-links`;
    const made = (
      await pat.request({ method: 'POST', url, payload: { expiresInHours: 24, label: 'Kept' } })
    ).json();
    for (const payload of [{ label: 'x'.repeat(101) }, { label: 'a\u0000b' }, { label: 3 }]) {
      expectError(
        await pat.request({
          method: 'PATCH',
          url: `${url}/${made.id}`,
          headers: ifMatch(1),
          payload,
        }),
        400,
        'WM_VALIDATION_FAILED',
        'label',
      );
    }
    expectError(
      await pat.request({
        method: 'PATCH',
        url: `${url}/${made.id}`,
        headers: ifMatch(1),
        payload: { label: 'Fine', expiresInHours: 700 },
      }),
      400,
      'WM_VALIDATION_FAILED',
    );
    const list = (await pat.request({ method: 'GET', url })).json().items;
    expect(list[0]).toMatchObject({ label: 'Kept', version: 1 });
  });
});
