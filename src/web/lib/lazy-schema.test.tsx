// Shared schemas come after the page is on screen (decision 0037). What a person notices: the
// form checks exactly as before; its check is fetched while they read; and if it cannot be
// fetched, sending says so like any send without a connection, keeping what they typed.
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN, SIGNED_OUT } from '../testing/fake-server.ts';
import { findPage, renderApp } from '../testing/render.tsx';
import { parsed, parsedChange } from './lazy-schema.ts';

// The sign-up page's schema, as its loader names it (a path from this file).
const AUTH_SCHEMA = '../../domain/auth/auth.schema.ts';

afterEach(() => {
  cleanup();
  vi.doUnmock(AUTH_SCHEMA);
  vi.unstubAllGlobals();
});

async function fillSignUp(password: string) {
  const user = userEvent.setup();
  renderApp('/sign-up');
  await findPage('Create your Waymark account');
  await user.type(screen.getByLabelText('Your name'), 'Alex');
  await user.type(screen.getByLabelText('Email address'), 'alex@example.com');
  await user.type(screen.getByLabelText('Password'), password);
  return user;
}

describe('A form whose check loads after the page', () => {
  // A module once fetched stays fetched, so the one that cannot be fetched comes first.
  it('says there is no connection when its check cannot be fetched, sends nothing and keeps the words', async () => {
    vi.doMock(AUTH_SCHEMA, () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const server = fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    const user = await fillSignUp('a long enough password');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByText(
        'We could not reach Waymark. Check your connection. Your text is still here.',
      ),
    ).toBeTruthy();
    expect(server.sent('POST', '/api/auth/sign-up')).toHaveLength(0);
    expect((screen.getByLabelText('Email address') as HTMLInputElement).value).toBe(
      'alex@example.com',
    );
    expect(
      (screen.getByRole('button', { name: 'Create account' }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });

  it('waits for its check on a quick first send, busy meanwhile, and sends once', async () => {
    let arrive: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    vi.doMock(AUTH_SCHEMA, async (original) => {
      await arrived;
      return original();
    });
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_OUT,
      'POST /api/auth/sign-up': SIGNED_IN,
    });
    const user = await fillSignUp('a long enough password');
    const button = screen.getByRole('button', { name: 'Create account' }) as HTMLButtonElement;
    await user.click(button);
    expect(button.disabled).toBe(true);
    await user.click(button);
    arrive();
    await waitFor(() => expect(server.sent('POST', '/api/auth/sign-up')).toHaveLength(1));
    expect(server.sent('POST', '/api/auth/sign-up')[0]?.body).toEqual({
      displayName: 'Alex',
      email: 'alex@example.com',
      password: 'a long enough password',
      language: 'en-GB',
    });
  });

  it('asks for its check once the page is on screen, before anything is sent', async () => {
    const asked = vi.fn();
    vi.doMock(AUTH_SCHEMA, async (original) => {
      asked();
      return original();
    });
    fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    renderApp('/sign-up');
    await findPage('Create your Waymark account');
    await waitFor(() => expect(asked).toHaveBeenCalled(), { timeout: 5_000 });
  });
});

describe('Answers checked with a schema that loads on demand', () => {
  const schema = async () =>
    (await import('../../domain/suggestions/suggestion-count.schema.ts')).suggestionCountSchema;

  it('asks for a read and its schema side by side, and refuses an answer of another shape', async () => {
    let answered: (body: unknown) => void = () => undefined;
    const answer = new Promise<unknown>((resolve) => {
      answered = resolve;
    });
    const load = vi.fn(schema);
    const reading = parsed(load, answer);
    // The schema is asked for while the answer is still on its way.
    expect(load).toHaveBeenCalledTimes(1);
    answered({ pending: 2, extra: true });
    expect(await reading).toEqual({ pending: 2 });
    await expect(parsed(schema, Promise.resolve({ pending: 'two' }))).rejects.toThrow();
  });

  it('never sends a change whose answer could not then be read', async () => {
    const send = vi.fn(async () => ({ pending: 0 }));
    const unreachable = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(parsedChange(unreachable, send)).rejects.toThrow('Failed to fetch');
    expect(send).not.toHaveBeenCalled();
    expect(await parsedChange(schema, send)).toEqual({ pending: 0 });
    expect(send).toHaveBeenCalledTimes(1);
  });
});
