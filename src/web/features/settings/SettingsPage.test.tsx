// Settings: my name (changed here) and email (shown), my check-in settings in short with the
// way to change them, my crisis plan on this device with the same control as the crisis plan
// page, and the language (also at the foot of every page).
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHECKIN_SETTINGS } from '../../../domain/checkins/checkins.schema.ts';
import { EMPTY_ABOUT_ME } from '../../../domain/record/record.schema.ts';
import { fakeCaches } from '../../testing/fake-caches.ts';
import { ACCOUNT, type Call, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';
import { crisisDoc, NETWORK } from '../plans/plans.test-data.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const ME = { ...ACCOUNT, welcomeDue: false };

function routes(plan = crisisDoc(3, { signs: 'I stop eating.' })) {
  return {
    'GET /api/auth/session': SIGNED_IN,
    'GET /api/account': { status: 200, body: ME },
    [`GET ${BASE}/checkin-settings`]: {
      status: 200,
      body: {
        version: 2,
        updatedAt: '2026-11-20T09:00:00.000Z',
        data: {
          ...DEFAULT_CHECKIN_SETTINGS,
          reminder: 'every_few_days',
          warningSignPrompts: ['I stop texting back'],
        },
      },
    },
    [`GET ${BASE}/crisis-plan`]: { status: 200, body: plan },
    [`GET ${BASE}/support-network`]: { status: 200, body: NETWORK },
    [`GET ${BASE}/crisis-plan/documents`]: { status: 200, body: { items: [] } },
  };
}

describe('Settings', () => {
  it('is in the navigation, and shows my name, my email and why the email cannot change here', async () => {
    fakeServer(routes());
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Settings' }, { timeout: 5000 }));
    await findPage('Settings');
    expect(
      ((await screen.findByRole('textbox', { name: 'Your name' })) as HTMLInputElement).value,
    ).toBe('Alex');
    expect(screen.getByText('alex@example.com')).toBeTruthy();
    expect(screen.getByText(/You cannot change your email address here yet/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /email/i })).toBeNull();
    const language = screen.getByRole('region', { name: 'Language' });
    const choice = within(language).getByRole('combobox', {
      name: 'Language',
    }) as HTMLSelectElement;
    expect(choice.value).toBe('en-GB');
    expect([...choice.options].map((option) => option.text)).toEqual([
      'English',
      'Cymraeg',
      'Polski',
      'اردو',
      'বাংলা',
    ]);
  });

  it('changes my name, and the rest of Waymark calls me by it at once', async () => {
    const server = fakeServer({
      ...routes(),
      [`GET ${BASE}/about-me`]: {
        status: 200,
        body: { version: 0, updatedAt: null, data: EMPTY_ABOUT_ME },
      },
      [`GET ${BASE}/goals`]: { status: 200, body: { items: [], unreadable: [] } },
      'PATCH /api/account': (call: Call) => ({
        status: 200,
        body: { ...ME, ...(call.body as object) },
      }),
    });
    const user = userEvent.setup();
    renderApp('/settings');
    await findPage('Settings');
    const name = await screen.findByRole('textbox', { name: 'Your name' });
    await user.clear(name);
    await user.type(name, 'Sam');
    await user.click(screen.getByRole('button', { name: 'Save my name' }));
    await screen.findByText('Your name is saved.');
    expect(server.sent('PATCH', '/api/account').map((call) => call.body)).toEqual([
      { displayName: 'Sam' },
    ]);
    await user.click(screen.getByRole('link', { name: 'Home' }));
    await findPage('My recovery');
    expect(screen.getByText(wholeText('Hello, Sam'))).toBeTruthy();
  });

  it('refuses an empty name with the error summary, sends nothing, and keeps what was typed', async () => {
    const server = fakeServer(routes());
    const user = userEvent.setup();
    renderApp('/settings');
    await findPage('Settings');
    const name = await screen.findByRole('textbox', { name: 'Your name' });
    await user.clear(name);
    await user.type(name, '   ');
    await user.click(screen.getByRole('button', { name: 'Save my name' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Enter your name' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Error: Settings – Waymark'));
    expect(server.sent('PATCH', '/api/account')).toEqual([]);
    expect((name as HTMLInputElement).value).toBe('   ');
  });

  it('sums up my check-in settings and links to where they change', async () => {
    fakeServer(routes());
    renderApp('/settings');
    await findPage('Settings');
    const checkins = await screen.findByRole('region', { name: 'Check-ins' });
    await within(checkins).findByText('Reminders: Every few days');
    expect(within(checkins).getByText('What I am asked: Mood, Hope and Sleep')).toBeTruthy();
    expect(within(checkins).getByText('Early warning signs I am asked about: 1')).toBeTruthy();
    expect(
      within(checkins)
        .getByRole('link', { name: 'Change my check-in settings' })
        .getAttribute('href'),
    ).toBe('/check-in/settings');
  });

  it('keeps my crisis plan on this device with the same control as the crisis plan page', async () => {
    const device = fakeCaches();
    fakeServer(routes());
    const user = userEvent.setup();
    renderApp('/settings');
    await findPage('Settings');
    const setting = await screen.findByRole('region', {
      name: 'Keep my crisis plan on this device',
    });
    expect(within(setting).getByText(/^This is off\./)).toBeTruthy();
    await user.click(
      within(setting).getByRole('button', { name: 'Keep my crisis plan on this device' }),
    );
    await within(setting).findByText(/^This is on\. Saved on this device on /);
    expect(device.copy()?.plan.signs).toBe('I stop eating.');
  });

  it('offers to write the crisis plan first when there is none to keep', async () => {
    fakeCaches();
    fakeServer(routes(crisisDoc(0)));
    renderApp('/settings');
    await findPage('Settings');
    const none = await screen.findByRole('region', { name: 'My crisis plan on this device' });
    expect(
      within(none).getByRole('link', { name: 'Write my crisis plan' }).getAttribute('href'),
    ).toBe('/crisis-plan/change');
    expect(screen.queryByRole('button', { name: 'Keep my crisis plan on this device' })).toBeNull();
  });

  it('shows a supporter’s account only its name, email and language: it keeps no record', async () => {
    const jo = {
      id: 'supporter-jo',
      email: 'jo@example.com',
      displayName: 'Jo',
      role: 'supporter',
    };
    fakeServer({
      'GET /api/auth/session': { status: 200, body: { account: jo, csrfToken: 'csrf-jo' } },
      'GET /api/account': { status: 200, body: { ...jo, welcomeDue: false } },
    });
    renderApp('/settings');
    await findPage('Settings');
    await screen.findByRole('textbox', { name: 'Your name' });
    expect(screen.getByRole('region', { name: 'Language' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Check-ins' })).toBeNull();
    expect(screen.queryByText(/crisis plan/i)).toBeNull();
  });
});
