import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_MOVING_ON, type MovingOnPlan } from '../../../domain/record/plans.schema.ts';
import type { SharedWithMe } from '../../../domain/sharing/sharing.schema.ts';
import { fakeServer, type Reply, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { ADE, BASE, NETWORK } from './plans.test-data.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PATH = `${BASE}/moving-on-plan`;
const doc = (version: number, data: Partial<MovingOnPlan> = {}) => ({
  version,
  updatedAt: version === 0 ? null : '2026-11-25T14:02:00.000Z',
  data: { ...EMPTY_MOVING_ON, ...data },
});

describe('Moving on', () => {
  it('writes my signs, who I will contact from my network and how to come back, and saves them', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}`]: { status: 200, body: doc(0) },
      [`GET ${BASE}/support-network`]: { status: 200, body: NETWORK },
      [`PUT ${PATH}`]: (call) => ({ status: 200, body: { ...doc(1), data: call.body } }),
    });
    const user = userEvent.setup();
    renderApp('/plans/moving-on');
    await findPage('Moving on');
    expect(screen.getByText(/It stays in your record, even after you leave/)).toBeTruthy();

    await user.click(await screen.findByRole('button', { name: 'Add a sign' }));
    await user.keyboard('I stop answering my phone');
    await user.selectOptions(screen.getByLabelText('Add someone I will contact'), ADE);
    await user.click(screen.getByRole('button', { name: 'Add to my plan' }));
    await user.type(
      await screen.findByLabelText('What I would like Ade next door to do'),
      'Ring me once a week',
    );
    await user.type(
      screen.getByLabelText('How to get back in touch'),
      'Ring the team, ask for the duty worker',
    );
    await user.type(screen.getByLabelText('What to say'), 'My early signs are back');
    await user.click(screen.getByRole('button', { name: 'Save moving-on plan' }));

    expect(await screen.findByText(/^Saved at \d\d:\d\d$/)).toBeTruthy();
    const [put] = server.sent('PUT', PATH);
    expect(put?.headers['If-Match']).toBe('W/"0"');
    expect(put?.body).toEqual({
      earlyWarningSigns: ['I stop answering my phone'],
      contacts: [{ contactId: ADE, whatToDo: 'Ring me once a week' }],
      wayBack: 'Ring the team, ask for the duty worker',
      whatToSay: 'My early signs are back',
      helpedBefore: '',
    });
  });

  it('keeps what I typed when I leave before saving, and has it back when I return', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}`]: { status: 200, body: doc(1, { helpedBefore: 'Seeing the same worker' }) },
      [`GET ${BASE}/support-network`]: { status: 200, body: NETWORK },
      [`GET ${BASE}/about-me`]: { status: 200, body: { version: 0, updatedAt: null, data: {} } },
      [`GET ${BASE}/goals`]: { status: 200, body: { items: [] } },
    });
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/plans/moving-on');
    renderApp('/plans/moving-on');
    await findPage('Moving on');
    await user.type(await screen.findByLabelText('What to say'), 'I was with the team until May');
    await import('../../lib/leave-guard.ts');
    await user.click(screen.getAllByRole('link', { name: 'Home' })[0] as HTMLElement);
    await user.click(await screen.findByRole('button', { name: 'Leave for now' }));
    await findPage('My recovery');
    cleanup();
    renderApp('/plans/moving-on');
    await findPage('Moving on');
    const box = (await screen.findByLabelText('What to say')) as HTMLTextAreaElement;
    expect(box.value).toBe('I was with the team until May');
    expect((screen.getByLabelText('What helped before') as HTMLTextAreaElement).value).toBe(
      'Seeing the same worker',
    );
    await screen.findByText(/^You have changes here that you have not saved yet/);
  });
});

describe('Moving on, shared with someone', () => {
  const JO = { id: 'supporter-jo', email: 'jo@example.com', displayName: 'Jo', role: 'supporter' };
  const JO_SIGNED_IN: Reply = { status: 200, body: { account: JO, csrfToken: 'csrf-token-jo' } };
  const SAM_API = '/api/people/person-sam';
  const shared = (sections: SharedWithMe[number]['sections']): SharedWithMe => [
    { personId: 'person-sam', name: 'Sam', role: 'friend', sections },
  ];
  const samPlan = doc(2, {
    earlyWarningSigns: ['Sleeping past noon'],
    contacts: [{ contactId: ADE, whatToDo: 'Knock on my door' }],
    wayBack: 'Ring the team on the number on my letter',
  });

  it('shows the plan to read, naming the people when the network is shared too, with no form', async () => {
    const server = fakeServer({
      'GET /api/auth/session': JO_SIGNED_IN,
      'GET /api/shared-with-me': {
        status: 200,
        body: shared({ moving_on: 'view', support_network: 'view' }),
      },
      [`GET ${SAM_API}/moving-on-plan`]: { status: 200, body: samPlan },
      [`GET ${SAM_API}/support-network`]: { status: 200, body: NETWORK },
      [`GET ${SAM_API}/moving-on-plan/views`]: { status: 200, body: { items: [] } },
    });
    renderApp('/people/person-sam/plans/moving-on');
    await findPage('Sam’s moving-on plan');
    const main = within(screen.getByRole('main'));
    expect(await main.findByText('Sleeping past noon')).toBeTruthy();
    expect(main.getByText('Ade next door')).toBeTruthy();
    expect(main.getByText('Knock on my door')).toBeTruthy();
    expect(main.getByText('Ring the team on the number on my letter')).toBeTruthy();
    expect(document.querySelector('main form')).toBeNull();
    expect(main.queryAllByRole('textbox')).toEqual([]);
    for (const call of server.calls) expect(call.method).toBe('GET');
  });

  it('does not ask for the network when it is not shared, and says someone is named', async () => {
    const server = fakeServer({
      'GET /api/auth/session': JO_SIGNED_IN,
      'GET /api/shared-with-me': { status: 200, body: shared({ moving_on: 'view' }) },
      [`GET ${SAM_API}/moving-on-plan`]: { status: 200, body: samPlan },
      [`GET ${SAM_API}/moving-on-plan/views`]: { status: 200, body: { items: [] } },
    });
    renderApp('/people/person-sam/plans/moving-on');
    await findPage('Sam’s moving-on plan');
    expect(await screen.findByText('Knock on my door')).toBeTruthy();
    expect(screen.queryByText('Ade next door')).toBeNull();
    expect(server.sent('GET', `${SAM_API}/support-network`)).toEqual([]);
  });
});
