import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_SAFETY_PLAN, type SafetyPlan } from '../../../domain/record/plans.schema.ts';
import { fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';
import { ADE, BASE, NETWORK } from './plans.test-data.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PATH = `${BASE}/safety-plan`;
const doc = (data: Partial<SafetyPlan>, agreed: unknown) => ({
  version: 3,
  updatedAt: '2026-11-25T14:02:00.000Z',
  data: { ...EMPTY_SAFETY_PLAN, ...data },
  agreed,
});

describe('Safety plan: who wrote it and who agreed it', () => {
  it('shows who wrote the version above the form, and prints it with the plan in the person’s words', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}`]: {
        status: 200,
        body: doc(
          { reasonsForLiving: ['My niece'], peopleToAsk: [{ contactId: ADE }] },
          {
            authorName: 'Alex',
            byOwner: true,
            agreedByName: 'Alex',
            agreedAt: '2026-11-25T14:02:00.000Z',
          },
        ),
      },
      [`GET ${BASE}/support-network`]: { status: 200, body: NETWORK },
    });
    renderApp('/plans/safety');
    await findPage('My safety plan');
    const line = await screen.findByText(wholeText('Written by you'));
    // The form does not print; the line and a sheet of the plan do.
    expect(line.closest('.no-print, form')).toBeNull();
    const sheet = document.querySelector('.print-only');
    expect(sheet?.textContent).toContain('My niece');
    expect(sheet?.textContent).toContain('Ade next door');
    expect(sheet?.textContent).toContain('My reasons for living');
  });

  it('without an agreement in the answer (before the first save), says nothing of who wrote it', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}`]: {
        status: 200,
        body: { version: 0, updatedAt: null, data: EMPTY_SAFETY_PLAN },
      },
      [`GET ${BASE}/support-network`]: { status: 200, body: NETWORK },
    });
    renderApp('/plans/safety');
    await findPage('My safety plan');
    await screen.findByLabelText(/add a photo/i);
    expect(screen.queryByText(/^Written by/)).toBeNull();
  });
});
