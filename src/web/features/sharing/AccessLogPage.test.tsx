import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '../../../domain/i18n/translate.ts';
import type { AccessLogPage } from '../../../domain/sharing/access-log.schema.ts';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const API = `/api/people/${ACCOUNT.id}/access-log`;
const JO = 'relationship-jo';
const AT = '2026-03-03T14:02:00.000Z';
const jo = { kind: 'someone' as const, name: 'Jo', role: 'peer_supporter' };
const PAGE: AccessLogPage = {
  items: [
    { seq: 4, at: AT, who: jo, relationshipId: JO, what: 'viewed', section: 'crisis_plan' },
    {
      seq: 3,
      at: AT,
      who: { kind: 'emergency_link', name: '', role: 'emergency_link' },
      relationshipId: null,
      what: 'emergency_link_opened',
      section: 'crisis_plan',
    },
    {
      seq: 2,
      at: AT,
      who: { kind: 'you', name: '', role: 'owner' },
      relationshipId: JO,
      what: 'access_changed',
      section: null,
    },
    { seq: 1, at: AT, who: jo, relationshipId: JO, what: 'invitation_accepted', section: null },
  ],
  nextBefore: null,
  people: [{ relationshipId: JO, name: 'Jo', role: 'peer_supporter' }],
};
const WHOLE = { status: 200, body: { ok: true, entries: 4 } };
const when = formatDateTime(AT);

const main = () => within(screen.getByRole('main'));

describe('Who has seen my record', () => {
  it('says in plain words who did what with which part and when, and that the log is whole', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${API}`]: { status: 200, body: PAGE },
      [`GET ${API}/verify`]: WHOLE,
    });
    renderApp('/sharing/activity');
    await findPage('Who has seen my record');

    const items = await main().findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      `Jo (peer supporter) viewed your crisis plan, ${when}`,
      `Someone with your emergency link opened your crisis plan, ${when}`,
      `You changed what Jo can see, ${when}`,
      `Jo (peer supporter) accepted your invitation, ${when}`,
    ]);
    expect(when).toMatch(/^Tuesday 3 March 2026/);
    expect(
      await screen.findByText('Your access log is complete and has not been changed.'),
    ).toBeTruthy();
    const download = screen.getByRole('link', { name: 'Download as a spreadsheet (CSV)' });
    expect(download.getAttribute('href')).toBe(`${API}.csv`);
  });

  it('filters by person and part of the record through the URL, and downloads the same', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${API}`]: { status: 200, body: PAGE },
      [`GET ${API}?person=${JO}&section=crisis_plan`]: {
        status: 200,
        body: { ...PAGE, items: PAGE.items.slice(0, 1) },
      },
      [`GET ${API}/verify`]: WHOLE,
    });
    const { history } = renderApp('/sharing/activity');
    await findPage('Who has seen my record');
    await main().findAllByRole('listitem');

    const form = screen.getByRole('form', { name: 'Show only' });
    expect(form.getAttribute('method')).toBe('get');
    fireEvent.change(within(form).getByLabelText('Person'), { target: { value: JO } });
    fireEvent.change(within(form).getByLabelText('Part of your record'), {
      target: { value: 'crisis_plan' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Show' }));

    await waitFor(() =>
      expect(history.at(-1)).toBe(`/sharing/activity?person=${JO}&section=crisis_plan`),
    );
    await waitFor(() => expect(main().getAllByRole('listitem')).toHaveLength(1));
    expect(server.sent('GET', `${API}?person=${JO}&section=crisis_plan`)).toHaveLength(1);
    expect(
      screen.getByRole('link', { name: 'Download as a spreadsheet (CSV)' }).getAttribute('href'),
    ).toBe(`${API}.csv?person=${JO}&section=crisis_plan`);
    // The form shows the filters the URL holds.
    const shown = screen.getByRole('form', { name: 'Show only' });
    expect((within(shown).getByLabelText('Person') as HTMLSelectElement).value).toBe(JO);
    expect((within(shown).getByLabelText('Part of your record') as HTMLSelectElement).value).toBe(
      'crisis_plan',
    );
  });

  it('says when nobody else has looked, and when the log was changed', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${API}`]: { status: 200, body: { items: [], nextBefore: null, people: [] } },
      [`GET ${API}/verify`]: { status: 200, body: { ok: false, brokenAt: 7 } },
    });
    renderApp('/sharing/activity');
    await findPage('Who has seen my record');

    expect(
      await screen.findByText('Nobody else has looked at your record or changed your sharing yet.'),
    ).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('from entry 7 on');
  });

  it('offers older entries when there are more', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${API}`]: { status: 200, body: { ...PAGE, nextBefore: 1 } },
      [`GET ${API}/verify`]: WHOLE,
    });
    renderApp('/sharing/activity');
    await findPage('Who has seen my record');
    const older = await screen.findByRole('link', { name: 'Show older entries' });
    expect(older.getAttribute('href')).toBe('/sharing/activity?before=1');
  });
});
