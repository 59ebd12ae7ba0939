// Bringing a record from another Waymark: the person chooses the file, the page sends it as JSON
// and then says what came in and who could see the record there (not brought over). A file that
// is not JSON is named at once and nothing is sent; the server's refusal is shown in words.
import { cleanup, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const URL = '/api/people/person-1/import';
const BUNDLE = { resourceType: 'Bundle', type: 'collection', entry: [] };
const fileOf = (text: string) => new File([text], 'my-record.json', { type: 'application/json' });

const RESULT = {
  brought: {
    aboutMe: true,
    lifeAreas: 1,
    goals: 2,
    goalNotes: 3,
    plans: 4,
    supportContacts: 2,
    checkins: 5,
    lifeAreaRatings: 0,
    measureResponses: 0,
    journalEntries: 1,
    files: 0,
    reviews: 2,
  },
  sharedThere: [
    {
      knownAs: 'Jo',
      role: 'friend',
      team: null,
      since: '2026-09-01T10:00:00.000Z',
      sections: [{ section: 'goals', level: 'view' }],
      journalEntries: 1,
    },
    {
      knownAs: 'Coast team',
      role: 'practitioner',
      team: { name: 'Coast team', service: 'Riverside Recovery' },
      since: '2026-09-20T10:00:00.000Z',
      sections: [{ section: 'reviews', level: 'suggest' }],
      journalEntries: 0,
    },
  ],
};

async function choose(text: string) {
  renderApp('/settings/import');
  await findPage('Bring my record from another Waymark');
  await userEvent.upload(screen.getByLabelText('Your record file'), fileOf(text));
  await userEvent.click(screen.getByRole('button', { name: 'Bring my record' }));
}

describe('Bring my record from another Waymark', () => {
  it('sends the file and says what came in and who could see the record there', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`POST ${URL}`]: { status: 201, body: RESULT },
    });
    await choose(JSON.stringify(BUNDLE));
    await findPage('Your record is here');
    expect(server.sent('POST', URL).map((r) => r.body)).toEqual([BUNDLE]);
    expect(screen.getByText('Goals: 2, with 3 notes')).toBeTruthy();
    expect(screen.getByText('Check-ins: 5')).toBeTruthy();
    expect(screen.getByText('Reviews: 2')).toBeTruthy();
    expect(screen.queryByText(/Files:/)).toBeNull();
    const shared = screen.getByRole('region', { name: 'Who could see your record there' });
    expect(shared.textContent).toContain('Jo (friend) could see your goals there.');
    expect(shared.textContent).toContain('invite them again');
    // A team there is told too, and how to connect to one here.
    expect(shared.textContent).toContain(
      'The team Coast team at Riverside Recovery could see your reviews there.',
    );
    expect(shared.textContent).toContain('ask the team for its code');
    expect(screen.getByRole('link', { name: 'Go to Sharing' })).toBeTruthy();
  });

  it('names a file that is not JSON at once and sends nothing', async () => {
    const server = fakeServer({ 'GET /api/auth/session': SIGNED_IN });
    await choose('this is not a record');
    expect((await screen.findByRole('alert')).textContent).toContain('We cannot read this file');
    expect(screen.getByLabelText('Your record file').getAttribute('aria-invalid')).toBe('true');
    expect(server.sent('POST', URL)).toEqual([]);
  });

  it('says why the server refused it, naming the problem', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`POST ${URL}`]: {
        status: 400,
        body: {
          error: {
            code: 'WM_IMPORT_INVALID',
            message: 'We could not bring in this record.',
            params: { problem: { code: 'fhir.import.onePatient' } },
          },
        },
      },
    });
    await choose(JSON.stringify(BUNDLE));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('must be about one person, and only one');
    expect(alert.textContent).toContain('Nothing was saved');
  });

  it('says a record that has things in it already cannot take another', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`POST ${URL}`]: {
        status: 409,
        body: { error: { code: 'WM_IMPORT_RECORD_NOT_EMPTY', message: 'Not empty.' } },
      },
    });
    await choose(JSON.stringify(BUNDLE));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Your record here is not empty',
    );
  });
});
