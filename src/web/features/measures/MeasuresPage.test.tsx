// The questionnaires a person is offered: only ones they can fill in, each said in plain words.
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aboutForPerson } from '../../../domain/measures/about.ts';
import { fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A measure as the server lists it, with the plain words it sends for the person. */
const summary = (
  id: string,
  title: string,
  extra: { description?: string; [field: string]: unknown } = {},
) => {
  const description = extra.description ?? 'Clinical description for services.';
  return {
    id,
    url: `https://example.test/${id}`,
    version: '1',
    title,
    status: 'active',
    source: 'built-in',
    needsWording: false,
    updatedAt: '2026-11-25T09:00:00.000Z',
    ...extra,
    description,
    forPerson: aboutForPerson(id, description),
  };
};

describe('The questionnaires page', () => {
  it('offers only questionnaires the person can fill in, each in plain words with how long it takes', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/measures': {
        status: 200,
        body: {
          items: [
            summary('phq-9', 'Patient Health Questionnaire-9 (PHQ-9)'),
            summary('swemwbs', 'SWEMWBS', {
              needsWording: true,
              message: 'This measure needs its wording loaded by your service',
            }),
            summary('service-own', 'Our service questionnaire', {
              source: 'imported',
              description: 'About your week with the team.',
            }),
          ],
        },
      },
    });
    renderApp('/questionnaires');
    await findPage('Questionnaires');
    await screen.findByRole('link', { name: 'Patient Health Questionnaire-9 (PHQ-9)' });
    const titles = screen
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual([
      'Patient Health Questionnaire-9 (PHQ-9)',
      'Our service questionnaire',
      'Who sees your answers',
    ]);
    const card = (title: string) =>
      screen.getByRole('heading', { name: title }).closest('li') as HTMLElement;
    // The one still waiting for its licensed wording is not offered, nor its message shown.
    expect(screen.queryByText(/SWEMWBS/)).toBeNull();
    expect(screen.queryByText(/needs its wording/)).toBeNull();
    const phq9 = card('Patient Health Questionnaire-9 (PHQ-9)');
    expect(within(phq9).getByText(/How you have been feeling over the last 2 weeks/)).toBeTruthy();
    expect(within(phq9).getByText('10 questions. About 3 minutes.')).toBeTruthy();
    expect(within(phq9).queryByText('Clinical description for services.')).toBeNull();
    // A service's own questionnaire keeps the words the service gave it.
    const own = card('Our service questionnaire');
    expect(within(own).getByText('About your week with the team.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Who sees your answers' })).toBeTruthy();
    expect(screen.getByText(/Only you see your answers, unless you choose to share/)).toBeTruthy();
  });

  it('says there is nothing to fill in yet when every questionnaire still needs its wording', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/measures': {
        status: 200,
        body: { items: [summary('wemwbs', 'WEMWBS', { needsWording: true })] },
      },
    });
    renderApp('/questionnaires');
    await findPage('Questionnaires');
    await screen.findByText('There are no questionnaires yet.');
  });
});
