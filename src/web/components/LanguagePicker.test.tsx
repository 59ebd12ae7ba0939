import { cleanup, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseLanguage } from '../../domain/i18n/translate.ts';
import { ACCOUNT, fakeServer, SIGNED_IN, SIGNED_OUT } from '../testing/fake-server.ts';
import { findPage, renderApp } from '../testing/render.tsx';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  await chooseLanguage('en-GB');
  document.documentElement.lang = 'en-GB';
  document.documentElement.dir = 'ltr';
});

// The words each language shows, read from its own catalogue rather than typed again here.
const signInTitle = async (code: string) =>
  (await import(`../../domain/i18n/catalogues/${code}/core/auth.ts`)).default[
    'auth.signIn.title'
  ] as string;

describe('Choosing a language', () => {
  it('before signing in: the page speaks Welsh at once, and the device keeps the choice', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    renderApp('/sign-in');
    await findPage('Sign in to Waymark');
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'Cymraeg');
    await findPage(await signInTitle('cy'));
    expect(document.documentElement.lang).toBe('cy');
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.getItem('waymark.language')).toBe('cy');
  });

  it('Urdu turns the page right to left, and the label still says "Language" in English', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    renderApp('/sign-in');
    await findPage('Sign in to Waymark');
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'اردو');
    await findPage(await signInTitle('ur'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByLabelText(/\(Language\)/)).toBeTruthy();
  });

  it('signed in: keeps the choice on the account, so other devices and emails follow', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'PUT /api/account/language': { status: 200, body: { ...ACCOUNT, language: 'pl' } },
    });
    renderApp('/settings');
    await screen.findAllByLabelText('Language');
    const [picker] = screen.getAllByLabelText('Language');
    if (!picker) throw new Error('no language list');
    await userEvent.selectOptions(picker, 'Polski');
    await vi.waitFor(() =>
      expect(server.sent('PUT', '/api/account/language').map((call) => call.body)).toEqual([
        { language: 'pl' },
      ]),
    );
    expect(document.documentElement.lang).toBe('pl');
  });

  it('signing in on a device set to English brings the language the account chose', async () => {
    fakeServer({
      'GET /api/auth/session': {
        status: 200,
        body: { account: { ...ACCOUNT, language: 'cy' }, csrfToken: 'csrf-token-1' },
      },
    });
    renderApp('/settings');
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('cy'));
    expect(localStorage.getItem('waymark.language')).toBe('cy');
  });
});
