// Starting from a framing on the life areas page: choose a way of looking at one's life, see its
// areas (those already there marked, not added twice), choose which to add, and add them at once.
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '../../../domain/i18n/translate.ts';
import { DEFAULT_LIFE_AREAS } from '../../../domain/record/life-areas.ts';
import { fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { BASE, storedItem } from '../../testing/record-items.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const AREAS = `${BASE}/life-areas`;
const FRAMINGS = `${AREAS}/framings`;

const area = (id: string, name: string, version = 1) => ({
  ...storedItem('life_area', id, { name }),
  version,
});
/** The nine areas every new record starts with, untouched. */
const STARTING = DEFAULT_LIFE_AREAS.map((key, index) => area(`area-${index}`, t(key)));
const list = (items: unknown[]) => ({ status: 200, body: { items, unreadable: [] } });

/** The names in the list of the person's areas, as their rename boxes' labels say them. */
const listedNames = () =>
  within(screen.getByRole('list', { name: 'Your life areas' }))
    .getAllByRole('textbox')
    .map(
      (box) =>
        /^New name for “(.*)”$/.exec((box as HTMLInputElement).labels?.[0]?.textContent ?? '')?.[1],
    );

async function openChooser() {
  renderApp('/life-areas');
  await findPage('My life areas');
  // The chooser is a part of its own, loaded after the page (a first import is slow in tests).
  return screen.findByRole(
    'group',
    { name: 'Which way of looking at your life?' },
    { timeout: 10_000 },
  );
}

describe('Starting from a way of looking at your life', () => {
  it('adds the ticked areas of a framing, marking those already in the list and changing nothing else', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${AREAS}`]: list([area('mine', 'Family', 3), area('flat', 'My flat', 2)]),
      [`POST ${FRAMINGS}`]: {
        status: 200,
        body: {
          added: [
            area('new-1', 'My community'),
            area('new-2', 'Culture, heritage and language'),
            area('new-3', 'Caring for others'),
          ],
          alreadyThere: [],
          removed: [],
        },
      },
    });
    const user = userEvent.setup();
    const which = await openChooser();
    // Each is described in plain words before it is chosen.
    expect(
      within(which)
        .getByRole('radio', { name: 'Family, community, faith and culture' })
        .getAttribute('aria-describedby'),
    ).toBeTruthy();
    expect(
      within(which).getByText(/^Starts with the people and ways of life around you/),
    ).toBeTruthy();

    await user.click(
      within(which).getByRole('radio', { name: 'Family, community, faith and culture' }),
    );
    const areas = screen.getByRole('group', {
      name: 'Areas in “Family, community, faith and culture”',
    });
    const family = within(areas).getByRole('checkbox', { name: 'Family (already in your list)' });
    expect((family as HTMLInputElement).disabled).toBe(true);
    // The areas were not untouched starting ones: nothing offers to replace them.
    expect(
      screen.queryByRole('group', { name: 'What to do with the areas you have now' }),
    ).toBeNull();
    for (const name of [
      'Faith, spirit or beliefs',
      'Home and where I live',
      'Health of body and mind',
      'Work, money and learning',
    ])
      await user.click(within(areas).getByRole('checkbox', { name }));
    await user.click(screen.getByRole('button', { name: 'Add these life areas' }));

    await screen.findByText(
      'Added 3 life areas: My community, Culture, heritage and language and Caring for others.',
    );
    expect(server.sent('POST', FRAMINGS).map((call) => call.body)).toEqual([
      { framing: 'community', areas: ['community', 'culture', 'caring'], instead: false },
    ]);
    expect(listedNames()).toEqual([
      'Family',
      'My flat',
      'My community',
      'Culture, heritage and language',
      'Caring for others',
    ]);
  });

  it('can use a framing instead of the untouched starting areas', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${AREAS}`]: list(STARTING),
      [`POST ${FRAMINGS}`]: {
        status: 200,
        body: {
          added: [area('n1', 'Feeling close to people'), area('n2', 'Hope and looking forward')],
          alreadyThere: [],
          removed: STARTING.map((item) => ({
            ...item,
            version: 2,
            deletedAt: '2026-11-25T10:00:00.000Z',
          })),
        },
      },
    });
    const user = userEvent.setup();
    const which = await openChooser();
    await user.click(within(which).getByRole('radio', { name: 'Connection, hope and meaning' }));
    const how = screen.getByRole('group', { name: 'What to do with the areas you have now' });
    expect(
      (within(how).getByRole('radio', { name: 'Keep them, and add these' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    await user.click(within(how).getByRole('radio', { name: 'Use these instead' }));
    expect(
      within(how).getByText(
        'The areas you were given at the start will be taken away. You can add them back at any time from “Everyday life”.',
      ),
    ).toBeTruthy();
    const areas = screen.getByRole('group', { name: 'Areas in “Connection, hope and meaning”' });
    for (const name of ['Who I am', 'What gives my life meaning', 'Being in charge of my life'])
      await user.click(within(areas).getByRole('checkbox', { name }));
    await user.click(screen.getByRole('button', { name: 'Add these life areas' }));

    await screen.findByText(
      'Added 2 life areas: Feeling close to people and Hope and looking forward.',
    );
    expect(server.sent('POST', FRAMINGS).map((call) => call.body)).toEqual([
      { framing: 'connection', areas: ['connected', 'hope'], instead: true },
    ]);
    expect(listedNames()).toEqual(['Feeling close to people', 'Hope and looking forward']);
  });

  it('says when every area is already there, and asks for at least one area, sending nothing', async () => {
    const connection = [
      'Feeling close to people',
      'Hope and looking forward',
      'who i am',
      'What gives my life meaning',
      'Being in charge of my life',
    ];
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${AREAS}`]: list(connection.map((name, index) => area(`a${index}`, name, 2))),
    });
    const user = userEvent.setup();
    const which = await openChooser();
    await user.click(within(which).getByRole('radio', { name: 'Connection, hope and meaning' }));
    expect(screen.getByText('All of these are already in your list.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add these life areas' })).toBeNull();

    await user.click(within(which).getByRole('radio', { name: 'Everyday life' }));
    const areas = screen.getByRole('group', { name: 'Areas in “Everyday life”' });
    for (const box of within(areas).getAllByRole('checkbox')) await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Add these life areas' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(
      within(summary).getByRole('link', { name: 'Choose at least one area to add' }),
    ).toBeTruthy();
    expect(server.sent('POST', FRAMINGS)).toEqual([]);
  });

  it('says so when the areas were changed meanwhile, and shows them as they are now', async () => {
    const renamed = [area('area-0', 'My flat', 2), ...STARTING.slice(1)];
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${AREAS}`]: [list(STARTING), list(renamed)],
      [`POST ${FRAMINGS}`]: {
        status: 409,
        body: {
          error: {
            code: 'WM_LIFE_AREAS_IN_USE',
            message:
              'Your life areas have already been changed or used, so they stay. You can still add areas to them.',
          },
        },
      },
    });
    const user = userEvent.setup();
    const which = await openChooser();
    await user.click(within(which).getByRole('radio', { name: 'My recovery' }));
    await user.click(screen.getByRole('radio', { name: 'Use these instead' }));
    await user.click(screen.getByRole('button', { name: 'Add these life areas' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary.textContent).toContain(
      'Your life areas have already been changed or used, so they stay.',
    );
    await waitFor(() => expect(listedNames()[0]).toBe('My flat'));
    expect(server.sent('GET', AREAS).length).toBeGreaterThanOrEqual(2);
    // Nothing offers to replace areas that are no longer the untouched starting set.
    expect(screen.queryByRole('radio', { name: 'Use these instead' })).toBeNull();
  });
});
