import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CrisisPlan, SupportContact } from '../../../domain/record/plans.schema.ts';
import { EMPTY_ABOUT_ME } from '../../../domain/record/record.schema.ts';
import type { DeviceCrisisPlan } from '../../lib/offline.ts';
import { fakeCaches } from '../../testing/fake-caches.ts';
import {
  ACCOUNT,
  type Call,
  fakeServer,
  SIGNED_IN,
  SIGNED_OUT,
} from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';
import {
  ADE,
  BASE,
  contact,
  crisisDoc,
  monthsAgo,
  NETWORK,
  PATEL,
} from '../plans/plans.test-data.ts';

/** The "in danger now" line: its number is a link, so the text is in more than one element. */
const dangerLine = (_: string, element: Element | null) =>
  element?.tagName === 'P' &&
  element.textContent === 'If you are in danger now, call 999 or go to A&E.';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PLAN = `${BASE}/crisis-plan`;
const routes = (doc: ReturnType<typeof crisisDoc> & { agreed?: unknown }) => ({
  'GET /api/auth/session': SIGNED_IN,
  [`GET ${PLAN}`]: { status: 200, body: doc },
  [`GET ${BASE}/support-network`]: { status: 200, body: NETWORK },
  [`GET ${PLAN}/documents`]: { status: 200, body: { items: [] } },
});

describe('Crisis plan: choosing people from the support network', () => {
  it('adds someone from the network with what they should do, names a nominated person, and saves', async () => {
    const server = fakeServer({
      ...routes(crisisDoc(0)),
      [`PUT ${PLAN}`]: (call: Call) => ({
        status: 200,
        body: crisisDoc(1, call.body as CrisisPlan),
      }),
    });
    const user = userEvent.setup();
    renderApp('/crisis-plan/change');
    await findPage('Change my crisis plan');
    // On a phone (as here) the parts of the form are folded: open the one about people.
    await user.click(await screen.findByRole('button', { name: /^The people involved/ }));
    const picker = await screen.findByLabelText('Add someone from my support network');

    // Nothing chosen yet: say so beside the list, and add nobody.
    await user.click(screen.getByRole('button', { name: 'Add to my plan' }));
    expect(screen.getByText('Choose someone from the list first')).toBeTruthy();
    expect(document.activeElement).toBe(picker);

    await user.selectOptions(picker, 'Ade next door (crisis contact)');
    await user.click(screen.getByRole('button', { name: 'Add to my plan' }));
    const chosen = screen.getByRole('list', { name: 'Who I want involved' });
    expect(within(chosen).getByRole('heading', { name: 'Ade next door' })).toBeTruthy();
    expect(
      within(chosen).getByRole('link', { name: 'Call 07700 900123' }).getAttribute('href'),
    ).toBe('tel:07700900123');
    // Ade cannot be chosen twice.
    const options = within(screen.getByLabelText('Add someone from my support network'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual(['Choose someone', 'Dr Patel']);

    await user.type(
      screen.getByLabelText('What I want Ade next door to do'),
      'Feed the cat and sit with me.',
    );
    await user.selectOptions(screen.getByLabelText('Choose my nominated person'), 'Dr Patel');
    await user.click(screen.getByRole('button', { name: 'Save crisis plan' }));

    expect(await screen.findByText(/^Saved at \d\d:\d\d$/)).toBeTruthy();
    const [put] = server.sent('PUT', PLAN);
    if (!put) throw new Error('The plan was not saved');
    expect(put.headers['If-Match']).toBe('W/"0"');
    const body = put.body as CrisisPlan;
    expect(body.wantInvolved).toEqual([
      { contactId: ADE, whatToDo: 'Feed the cat and sit with me.' },
    ]);
    expect(body.nominatedPersonContactId).toBe(PATEL);
  });

  it('shows the server’s answer beside the person when they are not in the network any more', async () => {
    fakeServer({
      ...routes(crisisDoc(3, { wantInvolved: [{ contactId: ADE, whatToDo: '' }] })),
      [`PUT ${PLAN}`]: {
        status: 400,
        body: {
          error: {
            code: 'WM_VALIDATION_FAILED',
            message: 'Some of the information is not right.',
            fields: [
              {
                field: 'wantInvolved.0.contactId',
                message: 'Choose someone from your support network',
              },
            ],
          },
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/crisis-plan/change');
    await user.click(await screen.findByRole('button', { name: 'Save crisis plan' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    const link = within(summary).getByRole('link', {
      name: 'Choose someone from your support network',
    });
    expect(link.getAttribute('href')).toBe('#wantInvolved-0-contactId');
    expect(document.getElementById('wantInvolved-0-contactId')?.textContent).toBe('Ade next door');
    // The folded part holding that field opens, so the link leads to something on screen.
    const people = screen.getByRole('button', { name: /^The people involved/ });
    expect(people.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById('part-people-part')?.hidden).toBe(false);
  });
});

describe('Crisis plan form: parts that fold on a phone', () => {
  it('lists the parts, says which have words in them, and opens and closes them', async () => {
    fakeServer(routes(crisisDoc(2, { signs: 'I stop eating.', whatHelps: 'Quiet.' })));
    const user = userEvent.setup();
    renderApp('/crisis-plan/change');
    await findPage('Change my crisis plan');
    const part = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });
    await screen.findByRole('button', { name: /^When I am in crisis/ });
    const folds = [...document.querySelectorAll('h2')].filter((heading) =>
      within(heading).queryByRole('button'),
    );
    expect(folds.map((heading) => heading.textContent)).toEqual([
      'When I am in crisisFilled in',
      'The people involvedNot filled in yet',
      'What helps and what does notFilled in',
      'Treatment, medication and allergiesNot filled in yet',
      'Practical mattersNot filled in yet',
      'When the plan endsNot filled in yet',
    ]);
    // A plan with words in it starts with every part closed: a short page on a phone.
    for (const name of ['When I am in crisis', 'The people involved', 'Practical matters'])
      expect(part(name).getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('textbox', { name: 'Medication' })).toBeNull();
    await user.click(part('Treatment, medication and allergies'));
    expect(part('Treatment, medication and allergies').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'Medication' })).toBeTruthy();
    // What was typed in a part stays when it is closed and opened again.
    await user.type(screen.getByRole('textbox', { name: 'Medication' }), 'Sertraline');
    await user.click(part('Treatment, medication and allergies'));
    await user.click(part('Treatment, medication and allergies'));
    expect((screen.getByRole('textbox', { name: 'Medication' }) as HTMLTextAreaElement).value).toBe(
      'Sertraline',
    );
    await user.click(screen.getByRole('button', { name: 'Open all parts' }));
    expect(part('Practical matters').getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Close all parts' }));
    expect(part('Practical matters').getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the first part of an empty plan, to start there', async () => {
    fakeServer(routes(crisisDoc(0)));
    renderApp('/crisis-plan/change');
    await findPage('Change my crisis plan');
    const first = await screen.findByRole('button', { name: /^When I am in crisis/ });
    expect(first.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'Signs that I am in crisis' })).toBeTruthy();
  });
});

describe('Crisis plan: review reminder', () => {
  it('reminds calmly when the plan was last reviewed more than 6 months ago', async () => {
    fakeServer(routes(crisisDoc(2, { signs: 'I stop eating.', lastReviewed: monthsAgo(8) })));
    renderApp('/crisis-plan');
    await findPage('My crisis plan');
    const reminder = await screen.findByRole('note', {
      name: 'Time to look at your crisis plan again',
    });
    expect(reminder.textContent).toContain('more than 6 months ago');
    expect(reminder.textContent).not.toContain('!');
    expect(within(reminder).getByRole('link', { name: 'Review my crisis plan' })).toBeTruthy();
    // The crisis lines are always there, and the plan is not hidden behind the reminder.
    expect(screen.getByText(dangerLine)).toBeTruthy();
    expect(screen.getByText('I stop eating.')).toBeTruthy();
  });

  it('says nothing when it was reviewed recently, and asks for a date when there is none', async () => {
    fakeServer(routes(crisisDoc(2, { signs: 'I stop eating.', lastReviewed: monthsAgo(2) })));
    renderApp('/crisis-plan');
    await screen.findByText('I stop eating.');
    expect(screen.queryByRole('note')).toBeNull();
    cleanup();
    vi.unstubAllGlobals();

    // Home reads About me and the goals with the plan, and shows the reminder with them.
    fakeServer({
      ...routes(crisisDoc(2, { signs: 'I stop eating.', lastReviewed: null })),
      [`GET ${BASE}/about-me`]: {
        status: 200,
        body: { version: 0, updatedAt: null, data: EMPTY_ABOUT_ME },
      },
      [`GET ${BASE}/goals`]: { status: 200, body: { items: [], unreadable: [] } },
    });
    renderApp('/');
    const reminder = await screen.findByRole('note', {
      name: 'Time to look at your crisis plan again',
    });
    expect(reminder.textContent).toContain('does not say when you last reviewed it');
  });
});

describe('Crisis plan: keeping it on this device', () => {
  const plan = crisisDoc(4, {
    signs: 'I stop eating.',
    wantInvolved: [{ contactId: ADE, whatToDo: 'Come round.' }],
    lastReviewed: monthsAgo(1),
  });

  it('is off by default, says plainly who could read it, and keeps only the plan and the people it names', async () => {
    const device = fakeCaches();
    fakeServer(routes(plan));
    const user = userEvent.setup();
    renderApp('/crisis-plan');
    const setting = await screen.findByRole('region', {
      name: 'Keep my crisis plan on this device',
    });
    expect(setting.textContent).toContain(
      'Anyone who can use this device could read it. Only turn this on if the device is yours and you keep it locked.',
    );
    expect(setting.textContent).toContain('Nothing else from your record is kept on the device.');
    expect(within(setting).getByText(/^This is off\./)).toBeTruthy();
    expect(device.copy()).toBeNull();

    await user.click(
      within(setting).getByRole('button', { name: 'Keep my crisis plan on this device' }),
    );
    expect(await within(setting).findByText(/^This is on\. Saved on this device on /)).toBeTruthy();
    const copy = device.copy();
    expect(copy?.personId).toBe(ACCOUNT.id);
    expect(copy?.plan.signs).toBe('I stop eating.');
    expect(copy?.contacts.map((contact) => contact.name)).toEqual(['Ade next door']);
    expect([...device.stores.keys()]).toEqual(['waymark-device-crisis-plan']);

    await user.click(within(setting).getByRole('button', { name: 'Remove it from this device' }));
    await within(setting).findByText(/^This is off\./);
    expect(device.copy()).toBeNull();
  });

  it('opens the copy on the device, marked with when it was saved, when Waymark cannot be reached', async () => {
    const device = fakeCaches();
    const cache = await caches.open('waymark-device-crisis-plan');
    const saved: DeviceCrisisPlan = {
      personId: ACCOUNT.id,
      displayName: ACCOUNT.displayName,
      savedAt: '2026-11-24T18:30:00.000Z',
      updatedAt: '2026-11-24T18:00:00.000Z',
      plan: plan.data,
      contacts: [
        { id: ADE, name: 'Ade next door', phone: '07700 900123', email: '', howTheyHelp: '' },
      ],
    };
    await cache.put('/device/crisis-plan.json', new Response(JSON.stringify(saved)));
    fakeServer({
      'GET /api/auth/session': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    renderApp('/crisis-plan');
    await findPage('My crisis plan');
    expect(
      await screen.findByText(/^Saved on this device on Tuesday,? 24 November 2026/),
    ).toBeTruthy();
    expect(screen.getByText('Come round.')).toBeTruthy();
    expect(screen.getByText(dangerLine)).toBeTruthy();
    // Only the crisis plan: nothing to change or share from here.
    expect(screen.queryByRole('link', { name: 'Change my crisis plan' })).toBeNull();
    expect(device.copy()).not.toBeNull();
  });

  const keepOnDevice = async () => {
    const device = fakeCaches();
    const cache = await caches.open('waymark-device-crisis-plan');
    const saved: DeviceCrisisPlan = {
      personId: ACCOUNT.id,
      displayName: ACCOUNT.displayName,
      savedAt: '2026-11-24T18:30:00.000Z',
      updatedAt: '2026-11-24T18:00:00.000Z',
      plan: plan.data,
      contacts: [
        { id: ADE, name: 'Ade next door', phone: '07700 900123', email: '', howTheyHelp: '' },
      ],
    };
    await cache.put('/device/crisis-plan.json', new Response(JSON.stringify(saved)));
    return device;
  };

  it('signed out by the time-out, opens the copy on the device with when it was saved, the crisis lines and a way to sign in', async () => {
    const device = await keepOnDevice();
    fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    const user = userEvent.setup();
    renderApp('/crisis-plan');
    await findPage('My crisis plan');
    const banner = await screen.findByText(/^Saved on this device on Tuesday,? 24 November 2026/);
    expect(banner.parentElement?.textContent).toContain(
      'You are signed out, so this is the copy kept on this device. It may not have the latest changes.',
    );
    expect(screen.getByText('Come round.')).toBeTruthy();
    expect(screen.getByText(dangerLine)).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Call Samaritans on 116 123' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Change my crisis plan' })).toBeNull();
    // The header links to it while signed out, since it opens here.
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await within(nav).findByRole('link', { name: 'Crisis plan' });

    await user.click(screen.getByRole('link', { name: 'Sign in to see your latest crisis plan' }));
    await findPage('Sign in to Waymark');
    // Timing out did not remove it: only signing out on purpose does.
    expect(device.copy()).not.toBeNull();
  });

  it('a session that times out while the plan is opened shows the copy on the device', async () => {
    await keepOnDevice();
    fakeServer({ ...routes(plan), [`GET ${PLAN}`]: SIGNED_OUT });
    renderApp('/crisis-plan');
    expect(
      await screen.findByText(/^Saved on this device on Tuesday,? 24 November 2026/),
    ).toBeTruthy();
    expect(
      screen.getByText(/^You are signed out, so this is the copy kept on this device/),
    ).toBeTruthy();
  });

  it('signed out with no copy on the device, goes to Sign in, which shows the crisis lines (as Create an account does)', async () => {
    const device = fakeCaches();
    fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    const user = userEvent.setup();
    renderApp('/crisis-plan');
    await findPage('Sign in to Waymark');
    // Looking for a copy leaves nothing behind on the device.
    expect([...device.stores.keys()]).toEqual([]);
    expect(screen.getByText(dangerLine)).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Call Samaritans on 116 123' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Crisis plan' })).toBeNull();
    await user.click(within(nav).getByRole('link', { name: 'Create an account' }));
    await findPage('Create your Waymark account');
    expect(screen.getByText(dangerLine)).toBeTruthy();
  });

  it('signing out removes the copy from the device', async () => {
    const device = fakeCaches();
    const cache = await caches.open('waymark-device-crisis-plan');
    await cache.put(
      '/device/crisis-plan.json',
      new Response(JSON.stringify({ personId: ACCOUNT.id, plan: plan.data, contacts: [] })),
    );
    fakeServer({ ...routes(plan), 'POST /api/auth/sign-out': { status: 204 } });
    const user = userEvent.setup();
    renderApp('/crisis-plan');
    await screen.findByText('I stop eating.');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await findPage('Sign in to Waymark');
    await waitFor(() => expect(device.copy()).toBeNull());
  });
});

describe('Adding someone to the support network from the crisis plan', () => {
  it('comes back to the crisis plan with what was typed still there, and the new person to choose', async () => {
    const network: ReturnType<typeof contact>[] = [];
    const server = fakeServer({
      ...routes(crisisDoc(0)),
      [`GET ${BASE}/support-network`]: () => ({ status: 200, body: { items: network } }),
      [`POST ${BASE}/support-network`]: (call: Call) => {
        const added = contact(ADE, call.body as Partial<SupportContact>);
        network.push(added);
        return { status: 201, body: added };
      },
    });
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/crisis-plan/change');
    const { history } = renderApp('/crisis-plan/change');
    await findPage('Change my crisis plan');
    const signs = await screen.findByLabelText('Signs that I am in crisis');
    await user.type(signs, 'I stop answering the phone.');
    await import('../../lib/leave-guard.ts');

    // On a phone the part with the people starts folded.
    await user.click(screen.getByRole('button', { name: /^The people involved/ }));
    const add = screen.getByRole('link', { name: 'Add someone to your support network' });
    expect(add.getAttribute('href')).toBe('/support-network/new?back=crisis-plan');
    await user.click(add);
    await findPage('Add someone to my support network');
    // A round trip the plan's draft survives: nothing to ask.
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to my crisis plan' })).toBeTruthy();
    await user.type(await screen.findByLabelText('Name'), 'Ade next door');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await findPage('Change my crisis plan');
    expect(history.at(-1)).toBe('/crisis-plan/change');
    expect(server.sent('POST', `${BASE}/support-network`)).toHaveLength(1);
    const back = (await screen.findByLabelText('Signs that I am in crisis')) as HTMLTextAreaElement;
    expect(back.value).toBe('I stop answering the phone.');
    await screen.findByText(wholeText('“Ade next door” saved.'));
    const pick = screen.getByLabelText('Add someone from my support network') as HTMLSelectElement;
    expect([...pick.options].map((option) => option.textContent)).toContain('Ade next door');
  });
});

describe('Crisis plan: who wrote it and who agreed it', () => {
  it('says who wrote the version shown, on the page and on paper (outside anything not printed)', async () => {
    fakeServer(
      routes({
        ...crisisDoc(2, { signs: 'I stop eating.', lastReviewed: monthsAgo(1) }),
        agreed: {
          authorName: 'Alex',
          byOwner: true,
          agreedByName: 'Alex',
          agreedAt: '2026-11-25T14:02:00.000Z',
        },
      }),
    );
    renderApp('/crisis-plan');
    const line = await screen.findByText(wholeText('Written by you'));
    expect(line.classList.contains('agreed-line')).toBe(true);
    expect(line.closest('.no-print, form')).toBeNull();
    expect(screen.getByText('I stop eating.')).toBeTruthy();
  });
});
