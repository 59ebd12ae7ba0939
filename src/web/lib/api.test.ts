// Issue 13: the server sends each refusal as a code and values; the web app words them in the
// language showing, not in whatever words the server sent, and says which language it wants.
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../domain/i18n/dates.messages.ts';
import { chooseLanguage, t } from '../../domain/i18n/translate.ts';
import { fakeServer } from '../testing/fake-server.ts';
import { type ApiError, api } from './api.ts';

afterEach(async () => {
  vi.unstubAllGlobals();
  await chooseLanguage('en-GB');
});

const refusal = {
  status: 400,
  body: {
    error: {
      code: 'WM_VALIDATION_FAILED',
      message: 'Words the server chose',
      fields: [
        { field: 'title', code: 'validation.tooLong', params: { max: 200 }, message: 'Too long' },
        {
          field: 'steps.0.dueDate',
          code: 'date.notReal',
          params: { day: 30, month: 'Chwefror', year: '2026', days: 28 },
          message: 'Not real',
        },
        // A key this app has no words for (a newer server): the server's own words are shown.
        { field: 'extra', code: 'validation.fromTheFuture', message: 'Server words for this' },
      ],
    },
  },
};

async function refused(): Promise<ApiError> {
  try {
    await api.post('/people/p/goals', {});
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('the request was not refused');
}

describe('Refusals from the server', () => {
  it('are worded here from their codes and values, in the language showing', async () => {
    await chooseLanguage('cy');
    const server = fakeServer({ 'POST /api/people/p/goals': refusal });
    const error = await refused();
    expect(server.calls[0]?.headers['Accept-Language']).toBe('cy');
    expect(error.message).toBe(t('error.WM_VALIDATION_FAILED'));
    expect(error.message).toMatch(/^Dydy peth/);
    expect(error.fields).toEqual([
      { field: 'title', message: t('validation.tooLong', { max: 200 }) },
      {
        field: 'steps.0.dueDate',
        message: t('date.notReal', { day: 30, month: 'Chwefror', year: '2026', days: 28 }),
      },
      { field: 'extra', message: 'Server words for this' },
    ]);
    expect(error.fields[0]?.message).not.toBe('Too long');
  });

  it('word a value that is itself a message, such as a wait', async () => {
    fakeServer({
      'POST /api/people/p/goals': {
        status: 429,
        body: {
          error: {
            code: 'WM_AUTH_TOO_MANY_ATTEMPTS',
            params: { wait: { code: 'time.minutes', params: { n: 2 } } },
            message: 'Server words',
          },
        },
      },
    });
    const error = await refused();
    expect(error.message).toBe(t('error.WM_AUTH_TOO_MANY_ATTEMPTS', { wait: '2 minutes' }));
  });
});
