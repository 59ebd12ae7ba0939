// Download my record: the page offers the FHIR file as a download from the owner's own export
// route and a readable copy, which shows every section of the record in plain words from the
// same gathering; Settings and Close my account lead to it.
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleSnapshot } from '../../../domain/fhir/sample-snapshot.ts';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SUPPORTER = {
  status: 200,
  body: { account: { ...ACCOUNT, role: 'supporter' }, csrfToken: 'c' },
};

describe('Download my record', () => {
  it('offers the whole record as a file to save and a copy to read and print', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_IN });
    renderApp('/settings/download');
    await findPage('Download my record');
    const file = screen.getByRole('link', { name: 'Download the file' });
    expect(file.getAttribute('href')).toBe(`/api/people/${ACCOUNT.id}/export`);
    expect(file.hasAttribute('download')).toBe(true);
    expect(
      screen.getByRole('link', { name: 'Open the copy to read and print' }).getAttribute('href'),
    ).toBe('/my-record/print');
  });

  it('tells an account with no record of its own that there is nothing to download', async () => {
    fakeServer({ 'GET /api/auth/session': SUPPORTER });
    renderApp('/settings/download');
    await findPage('Download my record');
    expect(screen.getByText(/no record of its own/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Download the file' })).toBeNull();
  });

  it('shows every section of the record in the readable copy', async () => {
    const record = sampleSnapshot();
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET /api/people/${ACCOUNT.id}/export/snapshot`]: { status: 200, body: record },
    });
    renderApp('/my-record/print');
    await findPage('My Waymark record');
    await screen.findByText(/The record of Sam Taylor/);
    for (const section of [
      'About me',
      'Life areas and goals',
      'My plans',
      'My support network',
      'Check-ins',
      'Life area ratings',
      'Measures',
      'Journal',
      'Reviews',
      'Files',
      'Who I share with',
    ])
      expect(screen.getByRole('heading', { level: 2, name: section })).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'Get back to work three days a week' }),
    ).toBeTruthy();
    expect(screen.getByText('Talk to my manager (done)')).toBeTruthy();
    expect(screen.getByText(/Met my manager. It went well./)).toBeTruthy();
    const journal = screen.getByRole('region', { name: 'Journal' });
    expect(journal.textContent).toContain(record.journal[0]?.text ?? 'missing');
    const checkins = within(screen.getByRole('region', { name: 'Check-ins' }));
    expect(checkins.getAllByRole('row').length).toBe(record.checkins.length + 1);
    const files = screen.getByRole('region', { name: 'Files' });
    for (const file of record.attachments) expect(files.textContent).toContain(file.fileName);
    // The review: ratings with "would like more help", each step's words, who added each action.
    const reviews = within(screen.getByRole('region', { name: 'Reviews' }));
    expect(reviews.getByRole('table', { name: 'My care' }).textContent).toContain(
      'Practical help (Would like more help)Not rated',
    );
    const review = screen.getByRole('region', { name: 'Reviews' }).textContent;
    expect(review).toContain('What is the smallest step that would help?Talk to my manager');
    expect(review).toContain('The practitioner will Write a letter about hours');
    expect(review).toContain('Added by Priya Shah');
    expect(review).toContain('Added to goals');
    expect(review).toContain('Next review:');
    expect(screen.getByRole('region', { name: 'Who I share with' }).textContent).toContain(
      'The team Riverside team at Northshire Recovery Service. Sees: My reviews',
    );
    expect(screen.getByRole('button', { name: 'Print this copy' })).toBeTruthy();
    expect(server.sent('GET', `/api/people/${ACCOUNT.id}/export`)).toEqual([]);
  });

  it('leaves reviews out of the readable copy when the person has none', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET /api/people/${ACCOUNT.id}/export/snapshot`]: {
        status: 200,
        body: { ...sampleSnapshot(), reviews: [] },
      },
    });
    renderApp('/my-record/print');
    await findPage('My Waymark record');
    await screen.findByText(/The record of Sam Taylor/);
    expect(screen.queryByRole('heading', { level: 2, name: 'Reviews' })).toBeNull();
  });

  it('is reached from Settings and from Close my account', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_IN });
    renderApp('/settings');
    await findPage('Settings');
    expect(
      (await screen.findByRole('link', { name: 'Download my record' })).getAttribute('href'),
    ).toBe('/settings/download');
    cleanup();
    renderApp('/settings/close-account');
    await findPage('Close your account');
    expect(screen.getByRole('link', { name: 'Download my record' }).getAttribute('href')).toBe(
      '/settings/download',
    );
  });
});
