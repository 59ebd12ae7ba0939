// Files in the plans: the person sees how much of their storage is in use beside the upload
// field, and a file removed after the undo window (a plan version restored from before it was
// taken off) shows as removed where it was, without stopping the plan from being saved.
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StorageUsage } from '../../../domain/attachments/storage.ts';
import { EMPTY_SAFETY_PLAN, type SafetyPlan } from '../../../domain/record/plans.schema.ts';
import { type Call, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { BASE, crisisDoc, NETWORK } from './plans.test-data.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const MB = 1024 * 1024;
const SAFETY = `${BASE}/safety-plan`;
const CRISIS = `${BASE}/crisis-plan`;
const KEPT = '3f0c2a1b-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const PURGED = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const REMOVED = 'This file was removed after 30 days.';

const usage = (usedBytes: number): { status: number; body: StorageUsage } => ({
  status: 200,
  body: { usedBytes, quotaBytes: 50 * MB },
});

const safetyDoc = (version: number, data: Partial<SafetyPlan>, removedFileIds?: string[]) => ({
  version,
  updatedAt: '2026-11-25T14:02:00.000Z',
  data: { ...EMPTY_SAFETY_PLAN, ...data },
  ...(removedFileIds ? { removedFileIds } : {}),
});

/** The text of everything that describes a field, as a screen reader reads it with the field. */
const description = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');

describe('Safety plan photos', () => {
  it('says on the photo field how much of my storage I am using, and again after an upload', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${SAFETY}`]: { status: 200, body: safetyDoc(1, {}) },
      [`GET ${BASE}/support-network`]: { status: 200, body: NETWORK },
      [`GET ${SAFETY}/photos/storage`]: [usage(Math.round(3.15 * MB)), usage(Math.round(4.5 * MB))],
      [`POST ${SAFETY}/photos`]: { status: 201, body: { id: KEPT, fileName: 'canal.png' } },
    });
    const user = userEvent.setup();
    renderApp('/plans/safety');
    await findPage('My safety plan');
    const field = await screen.findByLabelText('Add a photo');
    // Rounded up, so the space in use is never understated.
    await waitFor(() =>
      expect(description(field)).toContain('You are using 3.2 MB of your 50 MB.'),
    );

    await user.upload(field, new File([new Uint8Array(16)], 'canal.png', { type: 'image/png' }));
    await screen.findByText('Photo uploaded. Save your safety plan to keep it there.');
    await waitFor(() =>
      expect(description(screen.getByLabelText('Add a photo'))).toContain(
        'You are using 4.5 MB of your 50 MB.',
      ),
    );
    expect(server.sent('GET', `${SAFETY}/photos/storage`).length).toBe(2);
  });

  it('shows a photo removed after 30 days where it was, and saves the plan with it taken off', async () => {
    const restored = [KEPT, PURGED];
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${SAFETY}`]: {
        status: 200,
        body: safetyDoc(3, { reasonPhotoIds: restored }, [PURGED]),
      },
      [`GET ${BASE}/support-network`]: { status: 200, body: NETWORK },
      [`GET ${SAFETY}/photos/storage`]: usage(0),
      [`PUT ${SAFETY}`]: (call: Call) => ({
        status: 200,
        body: safetyDoc(4, call.body as SafetyPlan),
      }),
    });
    const user = userEvent.setup();
    renderApp('/plans/safety');
    await findPage('My safety plan');
    const area = await screen.findByRole('region', { name: 'Photos of my reasons for living' });

    // The kept photo shows; in place of the other, the reason it is gone.
    expect(within(area).getByRole('img', { name: 'My reasons for living, photo 1' })).toBeTruthy();
    expect(within(area).queryByRole('img', { name: 'My reasons for living, photo 2' })).toBeNull();
    expect(within(area).getByText(REMOVED)).toBeTruthy();

    await user.click(within(area).getByRole('button', { name: 'Remove photo 2' }));
    expect(within(area).queryByText(REMOVED)).toBeNull();
    await user.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(server.sent('PUT', SAFETY).length).toBe(1));
    const sentPlan = server.sent('PUT', SAFETY)[0]?.body as SafetyPlan | undefined;
    expect(sentPlan?.reasonPhotoIds).toEqual([KEPT]);
  });
});

describe('Crisis plan advance choice document', () => {
  const routes = (removedFileIds?: string[]) => ({
    'GET /api/auth/session': SIGNED_IN,
    [`GET ${CRISIS}`]: {
      status: 200,
      body: { ...crisisDoc(2, { advanceChoiceDocumentId: PURGED }), removedFileIds },
    },
    [`GET ${BASE}/support-network`]: { status: 200, body: NETWORK },
    [`GET ${CRISIS}/documents`]: { status: 200, body: { items: [] } },
    [`GET ${CRISIS}/documents/storage`]: usage(Math.round(0.5 * MB)),
  });

  it('shows the document as removed after 30 days on the plan', async () => {
    fakeServer(routes([PURGED]));
    renderApp('/crisis-plan');
    await findPage('My crisis plan');
    expect(await screen.findByText(REMOVED)).toBeTruthy();
  });

  it('shows it as removed on the form, lets me take it off, and says how much storage I use', async () => {
    fakeServer(routes([PURGED]));
    const user = userEvent.setup();
    renderApp('/crisis-plan/change');
    await findPage('Change my crisis plan');
    expect(await screen.findByText(REMOVED)).toBeTruthy();
    const upload = screen.getByLabelText('Upload a document');
    await waitFor(() =>
      expect(description(upload)).toContain('You are using 0.5 MB of your 50 MB.'),
    );
    await user.click(screen.getByRole('button', { name: 'Take it off my plan' }));
    expect(screen.queryByText(REMOVED)).toBeNull();
    expect(
      screen.getByText('The document will be taken off your plan when you save.'),
    ).toBeTruthy();
  });
});
