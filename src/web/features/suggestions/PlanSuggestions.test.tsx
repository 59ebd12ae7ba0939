// "Suggest a change" on the shared safety plan (decision 0029): a supporter with suggest on it
// proposes new lines on the plan as it was shown to them, against the version they saw.
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_SAFETY_PLAN } from '../../../domain/record/plans.schema.ts';
import type { SharedWithMe } from '../../../domain/sharing/sharing.schema.ts';
import { ACCOUNT, fakeServer, type Reply } from '../../testing/fake-server.ts';
import { renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const JO = { id: 'supporter-jo', email: 'jo@example.com', displayName: 'Jo', role: 'supporter' };
const JO_SIGNED_IN: Reply = { status: 200, body: { account: JO, csrfToken: 'csrf-token-jo' } };
const ALEX_API = `/api/people/${ACCOUNT.id}`;
const PHOTO = '7d1c5b0e-3f1a-4c39-9d7e-2a1b3c4d5e6f';
const shown = {
  ...EMPTY_SAFETY_PLAN,
  warningSigns: ['Not sleeping'],
  reasonsForLiving: ['My niece'],
  reasonPhotoIds: [PHOTO],
};

const sharedWithJo = (level: 'view' | 'suggest'): SharedWithMe => [
  { personId: ACCOUNT.id, name: 'Alex', role: 'friend', sections: { safety_plan: level } },
];

function server(level: 'view' | 'suggest') {
  return fakeServer({
    'GET /api/auth/session': JO_SIGNED_IN,
    'GET /api/shared-with-me': { status: 200, body: sharedWithJo(level) },
    [`GET ${ALEX_API}/safety-plan`]: {
      status: 200,
      body: { version: 4, updatedAt: '2026-11-25T14:02:00.000Z', data: shown },
    },
    [`GET ${ALEX_API}/safety-plan/views`]: {
      status: 200,
      body: { itemVersion: 4, items: [], youMay: { annotate: false, reply: false } },
    },
    [`POST ${ALEX_API}/suggestions/safety-plan`]: {
      status: 201,
      body: {
        id: 'a0b7a1d2-0000-4000-8000-000000000001',
        personId: ACCOUNT.id,
        personName: 'Alex',
        kind: 'safety_plan',
        status: 'pending',
        changed: false,
        reply: '',
        createdAt: '2026-11-28T10:00:00.000Z',
        decidedAt: null,
      },
    },
  });
}

describe('Suggesting a change to the shared safety plan', () => {
  it('sends new lines on the plan as shown, against the version the supporter saw', async () => {
    const fake = server('suggest');
    const user = userEvent.setup();
    renderApp(`/people/${ACCOUNT.id}/plans/safety`);
    // The first visit loads the page's code, which Vitest transforms then (see findPage).
    const suggest = await screen.findByRole(
      'button',
      { name: 'Suggest a change' },
      { timeout: 10_000 },
    );
    await user.click(suggest);
    const box = await screen.findByRole('textbox', { name: 'Things to do on my own' });
    await user.type(box, 'Walk by the river');
    await user.click(screen.getByRole('button', { name: 'Send suggestion' }));
    await waitFor(() =>
      expect(fake.sent('POST', `${ALEX_API}/suggestions/safety-plan`)[0]?.body).toEqual({
        itemId: null,
        baseVersion: 4,
        data: { ...shown, onMyOwn: ['Walk by the river'] },
      }),
    );
    // Alex's name sits in a <bdi> of its own within the sentence (lib/own-words.tsx).
    expect(await screen.findByText(wholeText(/Your suggestion was sent to Alex/))).toBeTruthy();
  });

  it('is not offered to someone who may only view the plan', async () => {
    server('view');
    renderApp(`/people/${ACCOUNT.id}/plans/safety`);
    expect(await screen.findByText('Not sleeping')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Suggest a change' })).toBeNull();
  });
});
