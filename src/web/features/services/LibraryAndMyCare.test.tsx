import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN_ADMIN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PHQ9 = {
  id: 'phq-9',
  title: 'Patient Health Questionnaire-9 (PHQ-9)',
  url: 'http://example.org/phq-9',
  version: '1.0.0',
  source: 'built-in',
  offered: true,
  questionCount: 10,
  needsWording: false,
};
const QUESTIONNAIRE = {
  resourceType: 'Questionnaire',
  url: 'https://example.org/sleep',
  version: '1',
  title: 'Sleep check',
  status: 'active',
  item: [
    {
      linkId: 's1',
      type: 'choice',
      text: 'How well did you sleep?',
      answerOption: [
        { valueCoding: { code: 'well', display: 'Well' } },
        { valueCoding: { code: 'badly', display: 'Badly' } },
      ],
    },
  ],
};
const PREVIEW = {
  title: 'Sleep check',
  url: 'https://example.org/sleep',
  version: '1',
  description: null,
  questionCount: 1,
  items: [
    {
      linkId: 's1',
      text: 'How well did you sleep?',
      type: 'choice',
      required: false,
      depth: 0,
      answers: [
        { code: 'well', display: 'Well', score: 0 },
        { code: 'badly', display: 'Badly', score: 1 },
      ],
    },
  ],
  scoring: {
    scales: [
      {
        id: 'total',
        label: 'Sleep',
        method: 'sum',
        itemCount: 1,
        bandCount: 0,
        reliableChange: null,
        better: 'higher',
      },
    ],
    riskRuleCount: 0,
  },
  questionnaire: QUESTIONNAIRE,
};
const ADDED = {
  ...PHQ9,
  id: 'upload-1',
  title: 'Sleep check',
  source: 'uploaded',
  url: 'https://example.org/sleep',
  version: '1',
  questionCount: 1,
};
const PROBLEM = 'Item "s1": a choice item needs at least one answerOption';

describe('A service admin’s measure library', () => {
  it('goes from Your service to Measures, and switches a measure off', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/my-service': {
        status: 200,
        body: { id: 'service-1', name: 'Riverside', role: 'service_admin' },
      },
      'GET /api/service/measures': [
        { status: 200, body: { measures: [PHQ9] } },
        { status: 200, body: { measures: [{ ...PHQ9, offered: false }] } },
      ],
      'PUT /api/service/measures/phq-9/offered': {
        status: 200,
        body: { ...PHQ9, offered: false },
      },
    });
    renderApp('/');
    await findPage('Your service');
    await userEvent.click(await screen.findByRole('link', { name: 'Measures' }));
    await findPage('Measures');
    expect(await screen.findByText('Comes with Waymark')).toBeTruthy();
    const offer = await screen.findByRole('checkbox', {
      name: 'Offer Patient Health Questionnaire-9 (PHQ-9) to the people we support',
    });
    expect((offer as HTMLInputElement).checked).toBe(true);
    await userEvent.click(offer);
    expect(server.sent('PUT', '/api/service/measures/phq-9/offered')[0]?.body).toEqual({
      offered: false,
    });
    expect(await screen.findByText(/is no longer offered/)).toBeTruthy();
  });

  it('says what is wrong with a pasted questionnaire, in plain words, and adds nothing', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/service/measures': { status: 200, body: { measures: [PHQ9] } },
      'POST /api/service/measures/check': {
        status: 200,
        body: {
          ok: false,
          problems: [
            {
              path: 'item[s1].answerOption',
              code: 'questionnaire.file.choiceNeedsOptions',
              message: PROBLEM,
            },
          ],
          preview: null,
        },
      },
    });
    renderApp('/service/measures');
    await findPage('Measures');
    const paste = screen.getByLabelText('Or paste the questionnaire');
    // Not JSON: said at once, without asking the server.
    await userEvent.type(paste, 'not json');
    await userEvent.click(screen.getByRole('button', { name: 'Check questionnaire' }));
    const heading = await screen.findByRole('heading', {
      name: 'We cannot add this questionnaire',
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/This is not JSON that we can read/)).toBeTruthy();
    expect(server.sent('POST', '/api/service/measures/check')).toEqual([]);

    await userEvent.clear(paste);
    await userEvent.click(paste);
    await userEvent.paste(
      JSON.stringify({ ...QUESTIONNAIRE, item: [{ linkId: 's1', type: 'choice' }] }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Check questionnaire' }));
    expect(await screen.findByText(PROBLEM)).toBeTruthy();
    expect(server.sent('POST', '/api/service/measures/check')[0]?.body).toMatchObject({
      questionnaire: { title: 'Sleep check' },
    });
    expect(screen.queryByRole('button', { name: 'Add to our library' })).toBeNull();
    expect(server.sent('POST', '/api/service/measures')).toEqual([]);
  });

  it('previews a sound file as a person would see it, then adds it to the library', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/service/measures': [
        { status: 200, body: { measures: [PHQ9] } },
        { status: 200, body: { measures: [PHQ9, ADDED] } },
      ],
      'POST /api/service/measures/check': {
        status: 200,
        body: { ok: true, problems: [], preview: PREVIEW },
      },
      'POST /api/service/measures': { status: 201, body: ADDED },
    });
    renderApp('/service/measures');
    await findPage('Measures');
    const file = new File([JSON.stringify(QUESTIONNAIRE)], 'sleep.json', {
      type: 'application/json',
    });
    await userEvent.upload(screen.getByLabelText('Questionnaire file'), file);
    expect(
      await screen.findByRole('heading', { name: 'This questionnaire passed every check' }),
    ).toBeTruthy();
    const preview = screen.getByRole('region', { name: 'What it is' });
    expect(within(preview).getByText('Sleep check')).toBeTruthy();
    expect(within(preview).getByText(/adds up the scores of 1 answer/)).toBeTruthy();
    expect(
      within(preview).getByText(/higher score is better, so it counts in the service/),
    ).toBeTruthy();
    // The question as a person answering it sees it: a group of choices.
    const question = within(preview).getByRole('group', { name: 'How well did you sleep?' });
    expect(within(question).getByRole('radio', { name: 'Badly' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add to our library' }));
    expect(server.sent('POST', '/api/service/measures')[0]?.body).toEqual({
      questionnaire: QUESTIONNAIRE,
    });
    expect(await screen.findByText(/is in your library now/)).toBeTruthy();
    expect(await screen.findByText('Added by your service')).toBeTruthy();
  });
});

const list = (version: number, labels: string[], archived: string[] = []) => ({
  status: 200,
  headers: { ETag: `W/"${version}"` },
  body: {
    version,
    items: [
      ...labels.map((label, index) => ({
        id: `item-${label}`,
        label,
        defaultKey: null,
        position: index + 1,
        archivedAt: null,
      })),
      ...archived.map((label) => ({
        id: `item-${label}`,
        label,
        defaultKey: null,
        position: 1,
        archivedAt: '2026-11-30T10:00:00.000Z',
      })),
    ],
  },
});
const DEFAULTS = ['Medication', 'Practical help', 'Meetings with professionals'];

describe('A service admin’s “my care” items', () => {
  it('shows the defaults, and moves one down with the keyboard, naming the version it read', async () => {
    const moved = ['Practical help', 'Medication', 'Meetings with professionals'];
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/service/my-care-items': [list(1, DEFAULTS), list(2, moved)],
      'POST /api/service/my-care-items/item-Medication/move': list(2, moved),
    });
    renderApp('/service/my-care');
    await findPage('My care items');
    await screen.findByRole('heading', { name: 'Medication' });
    const headings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings()).toEqual(DEFAULTS);
    const down = screen.getByRole('button', { name: 'Move Medication down' });
    down.focus();
    await userEvent.keyboard('{Enter}');
    const [sent] = server.sent('POST', '/api/service/my-care-items/item-Medication/move');
    expect(sent?.body).toEqual({ direction: 'down' });
    expect(sent?.headers['If-Match']).toBe('W/"1"');
    await waitFor(() => expect(headings()).toEqual(moved));
    // The keyboard stays on the item that moved.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Move Medication down' }),
      ),
    );
  });

  it('adds an item (checking its words first) and stops asking about one, keeping it below', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/service/my-care-items': [
        list(1, DEFAULTS),
        list(2, [...DEFAULTS, 'Housing']),
        list(3, ['Practical help', 'Meetings with professionals', 'Housing'], ['Medication']),
      ],
      'POST /api/service/my-care-items': list(2, [...DEFAULTS, 'Housing']),
      'POST /api/service/my-care-items/item-Medication/archive': list(
        3,
        ['Practical help', 'Meetings with professionals', 'Housing'],
        ['Medication'],
      ),
    });
    renderApp('/service/my-care');
    await findPage('My care items');
    await userEvent.click(await screen.findByRole('button', { name: 'Add item' }));
    expect((await screen.findAllByText('Enter the words for this item')).length).toBeGreaterThan(0);
    expect(server.sent('POST', '/api/service/my-care-items')).toEqual([]);
    await userEvent.type(screen.getByLabelText(/Words for the new item/), 'Housing');
    await userEvent.click(screen.getByRole('button', { name: 'Add item' }));
    expect(await screen.findByRole('heading', { name: 'Housing' })).toBeTruthy();
    expect(server.sent('POST', '/api/service/my-care-items')[0]?.headers['If-Match']).toBe('W/"1"');
    await userEvent.click(screen.getByRole('button', { name: 'Stop asking about Medication' }));
    expect(await screen.findByRole('heading', { name: 'No longer asked about' })).toBeTruthy();
    expect(screen.getByText(/Past reviews keep it/)).toBeTruthy();
  });

  it('says so when someone else changed the list first, and shows the list as it is now', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/service/my-care-items': [list(1, DEFAULTS), list(2, [...DEFAULTS, 'Money'])],
      'POST /api/service/my-care-items/item-Medication/archive': {
        status: 412,
        body: {
          error: { code: 'WM_VERSION_CONFLICT', message: 'Someone else saved a change first.' },
          current: list(2, [...DEFAULTS, 'Money']).body,
        },
      },
    });
    renderApp('/service/my-care');
    await findPage('My care items');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Stop asking about Medication' }),
    );
    expect(await screen.findByText(/Someone else changed this list just now/)).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Money' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Medication' })).toBeTruthy();
  });
});
