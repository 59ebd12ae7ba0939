import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_AS_HEADER, type SharingOverview } from '../../../domain/sharing/grants.schema.ts';
import { ACCOUNT, fakeServer, type Reply, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';
import { crisisDoc, NETWORK } from '../plans/plans.test-data.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const API = `/api/people/${ACCOUNT.id}`;
const REL = '0b9a4c1e-8f1d-4b53-9d55-0f6c2f1c7a11';
const jo = {
  relationshipId: REL,
  accountName: 'Jo Bloggs',
  knownAs: 'Jo',
  role: 'friend' as const,
  sections: { crisis_plan: 'view' as const, goals: 'view' as const },
  endsAt: '2027-01-31T23:59:59.000Z',
  advanceChoice: false,
  since: '2026-11-20T09:00:00.000Z',
};
const overview = (over: Partial<SharingOverview> = {}): Reply => ({
  status: 200,
  body: { paused: false, pausedEmergencyLinks: false, people: [jo], ...over },
});
const done: Reply = { status: 204 };

describe('The Sharing page', () => {
  it('lists the people with access: role, sections in plain words, end date, and a preview link', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_IN, [`GET ${API}/sharing`]: overview() });
    renderApp('/sharing');
    await findPage('Sharing');

    const card = within(
      (await screen.findByText(wholeText('Jo (friend)'))).closest('li') as HTMLElement,
    );
    expect(card.getByText('Can see: goals and crisis plan')).toBeTruthy();
    expect(card.getByText(/Until .*2027/)).toBeTruthy();
    expect(card.getByRole('link', { name: 'See what Jo sees' }).getAttribute('href')).toBe(
      `/sharing/${REL}/preview`,
    );
    // Inviting someone new is on the same page, and so is the way to the access log.
    expect(screen.getByRole('heading', { name: 'Invite someone' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Friend' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Who has seen my record' }).getAttribute('href')).toBe(
      '/sharing/activity',
    );
  });

  it('changes what someone sees with one form, and says whether they are told', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${API}/sharing`]: overview(),
      [`PUT ${API}/sharing/${REL}`]: done,
    });
    const user = userEvent.setup();
    renderApp('/sharing');
    await user.click(await screen.findByRole('button', { name: 'Change what Jo sees' }));

    const form = within(screen.getByRole('group', { name: 'Sections Jo can see' }));
    expect((form.getByLabelText('goals') as HTMLInputElement).checked).toBe(true);
    await user.click(form.getByLabelText('goals'));
    await user.click(form.getByLabelText('about me'));
    await user.click(
      within(screen.getByRole('group', { name: 'Tell them about this change?' })).getByLabelText(
        'No',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(server.sent('PUT', `${API}/sharing/${REL}`)).toHaveLength(1));
    const body = server.sent('PUT', `${API}/sharing/${REL}`)[0]?.body as Record<string, unknown>;
    expect(body).toMatchObject({ advanceChoice: false, tellThem: false });
    expect(body.sections).toMatchObject({ about_me: 'view', goals: 'none', crisis_plan: 'view' });
    expect(typeof body.endsAt).toBe('string');
    expect(
      await screen.findByText(wholeText('Saved. Jo sees the change straight away.')),
    ).toBeTruthy();
  });

  it('shows the server’s answer beside the end date when it is in the past', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${API}/sharing`]: overview(),
      [`PUT ${API}/sharing/${REL}`]: {
        status: 400,
        body: {
          error: {
            code: 'WM_VALIDATION_FAILED',
            message: 'Some of the information is not right.',
            fields: [{ field: 'endsAt', message: 'Choose an end date in the future.' }],
          },
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/sharing');
    await user.click(await screen.findByRole('button', { name: 'Change what Jo sees' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      (await screen.findAllByText('Choose an end date in the future.')).length,
    ).toBeGreaterThan(0);
  });

  it('stops sharing after asking once, with the tell-them choice', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${API}/sharing`]: [overview(), overview({ people: [] })],
      [`DELETE ${API}/sharing/${REL}`]: done,
    });
    const user = userEvent.setup();
    renderApp('/sharing');
    await user.click(await screen.findByRole('button', { name: 'Stop sharing with Jo' }));
    expect(screen.getByText(/Only a new invitation from you brings it back/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Yes, stop sharing' }));

    await waitFor(() => expect(server.sent('DELETE', `${API}/sharing/${REL}`)).toHaveLength(1));
    expect(server.sent('DELETE', `${API}/sharing/${REL}`)[0]?.body).toEqual({ tellThem: true });
    expect(await screen.findByText(wholeText('You stopped sharing with Jo.'))).toBeTruthy();
    expect(await screen.findByText(/Nobody has access to your record/)).toBeTruthy();
  });

  it('pauses all sharing in one action, asking about emergency links, and resumes', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${API}/sharing`]: [
        overview(),
        overview({ paused: true, pausedEmergencyLinks: true }),
        overview(),
      ],
      [`POST ${API}/sharing/pause`]: done,
      [`POST ${API}/sharing/resume`]: done,
    });
    const user = userEvent.setup();
    renderApp('/sharing');
    await user.click(await screen.findByRole('button', { name: 'Pause all sharing' }));
    const question = within(screen.getByRole('group', { name: 'Pause emergency links too?' }));
    await user.click(question.getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Pause sharing' }));

    await waitFor(() => expect(server.sent('POST', `${API}/sharing/pause`)).toHaveLength(1));
    expect(server.sent('POST', `${API}/sharing/pause`)[0]?.body).toEqual({ emergencyLinks: true });
    expect(await screen.findByText('Your emergency links are paused too.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Resume sharing' }));
    await waitFor(() => expect(server.sent('POST', `${API}/sharing/resume`)).toHaveLength(1));
    expect(await screen.findByRole('button', { name: 'Pause all sharing' })).toBeTruthy();
  });

  it('is linked from Home’s "My record" list', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_IN });
    renderApp('/');
    await findPage(/./);
    const links = screen.getAllByRole('link', { name: 'Sharing' });
    expect(links.map((link) => link.getAttribute('href'))).toContain('/sharing');
  });
});

describe('See what Jo sees', () => {
  const previewRoutes = {
    'GET /api/auth/session': SIGNED_IN,
    [`GET ${API}/sharing/${REL}/preview`]: {
      status: 200,
      body: {
        relationshipId: REL,
        knownAs: 'Jo',
        read: ['crisis_plan'],
        sharedJournalEntries: 0,
        withheld: [
          { rule: 'for_me_only', words: 'Anything you marked “for me only” is never shown to Jo.' },
        ],
        paused: false,
      },
    },
    [`GET ${API}/crisis-plan`]: { status: 200, body: crisisDoc(2, { signs: 'I go quiet' }) },
    [`GET ${API}/support-network`]: { status: 200, body: NETWORK },
    [`GET ${API}/crisis-plan/documents`]: { status: 200, body: { items: [] } },
  };

  it('renders the shared pages read-only, reading as Jo, under a banner', async () => {
    const server = fakeServer(previewRoutes);
    renderApp(`/sharing/${REL}/preview/crisis-plan`);
    await findPage('Alex’s crisis plan');

    expect(screen.getByText(wholeText('This is what Jo sees. It is read-only.'))).toBeTruthy();
    expect(screen.getByText(/never shown to Jo/)).toBeTruthy();
    expect(await screen.findByText('I go quiet')).toBeTruthy();
    expect(document.querySelector('main form')).toBeNull();
    const reads = server.calls.filter((call) => call.path.startsWith(`${API}/crisis-plan`));
    expect(reads.length).toBeGreaterThan(0);
    for (const call of reads) expect(call.headers[PREVIEW_AS_HEADER]).toBe(REL);
    expect(server.calls.filter((call) => call.method !== 'GET')).toEqual([]);
  });

  it('stops reading as Jo once the person leaves the preview', async () => {
    const server = fakeServer({
      ...previewRoutes,
      [`GET ${API}/sharing`]: overview(),
    });
    const user = userEvent.setup();
    renderApp(`/sharing/${REL}/preview/crisis-plan`);
    await screen.findByText('I go quiet');
    await user.click(screen.getByRole('link', { name: 'Back to Sharing' }));
    await findPage('Sharing');
    await screen.findByText(wholeText('Jo (friend)'));
    const after = server.calls.slice(server.calls.findIndex((c) => c.path === `${API}/sharing`));
    expect(after.length).toBeGreaterThan(0);
    for (const call of after) expect(call.headers[PREVIEW_AS_HEADER]).toBeUndefined();
  });

  it('shows no page for a section Jo does not see', async () => {
    fakeServer(previewRoutes);
    renderApp(`/sharing/${REL}/preview/goals`);
    await findPage('Page not found');
  });
});

describe('People I support', () => {
  it('shows what the person chose to tell them', async () => {
    fakeServer({
      'GET /api/auth/session': {
        status: 200,
        body: {
          account: {
            id: 'supporter-jo',
            email: 'jo@example.com',
            displayName: 'Jo',
            role: 'supporter',
          },
          csrfToken: 'csrf',
        },
      },
      'GET /api/shared-with-me': { status: 200, body: [] },
      'GET /api/shared-with-me/notices': {
        status: 200,
        body: [{ personName: 'Sam', what: 'stopped', at: '2026-11-28T10:00:00.000Z' }],
      },
    });
    renderApp('/');
    await findPage('People I support');
    expect(
      await screen.findByText(/Sam stopped sharing with you on .*28 November 2026/),
    ).toBeTruthy();
  });
});

describe('Share this entry', () => {
  const BASE = `${API}/journal`;
  const ENTRY = '5d6f7a8b-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
  it('lists the people with access and shares the one entry with one of them', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/${ENTRY}`]: {
        status: 200,
        body: {
          id: ENTRY,
          version: 1,
          date: '2026-11-24',
          mood: 3,
          text: 'The heron came back.',
          createdAt: '2026-11-24T20:00:00.000Z',
          updatedAt: '2026-11-24T20:00:00.000Z',
          deletedAt: null,
        },
      },
      [`GET ${API}/sharing`]: overview(),
      [`GET ${BASE}/${ENTRY}/share`]: [
        { status: 200, body: { relationshipIds: [] } },
        { status: 200, body: { relationshipIds: [REL] } },
      ],
      [`POST ${BASE}/${ENTRY}/share`]: done,
    });
    const user = userEvent.setup();
    renderApp(`/journal/${ENTRY}`);
    await user.click(await screen.findByRole('button', { name: 'Share with Jo' }));
    await waitFor(() => expect(server.sent('POST', `${BASE}/${ENTRY}/share`)).toHaveLength(1));
    expect(server.sent('POST', `${BASE}/${ENTRY}/share`)[0]?.body).toEqual({ relationshipId: REL });
    expect(await screen.findByRole('button', { name: 'Stop sharing with Jo' })).toBeTruthy();
    expect(screen.getByText(wholeText(/Shared with Jo/))).toBeTruthy();
  });
});
