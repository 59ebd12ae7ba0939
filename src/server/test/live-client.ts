// A small HTTP client for a real server process (see server-process.ts): signs up or in,
// then sends requests with the session cookie and CSRF token, as the web app does.
export type Credentials = { email: string; password: string };
export type LiveSession = { url: string; cookie: string; csrf: string; personId: string };
export type LiveAnswer = { status: number; json: unknown; version: number | null };

async function authenticate(url: string, path: string, body: object): Promise<LiveSession> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  const json = (await response.json()) as { account: { id: string }; csrfToken: string };
  return {
    url,
    cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    csrf: json.csrfToken,
    personId: json.account.id,
  };
}

export const signUp = (url: string, credentials: Credentials, displayName: string) =>
  authenticate(url, '/api/auth/sign-up', { ...credentials, displayName });

export const signIn = (url: string, credentials: Credentials) =>
  authenticate(url, '/api/auth/sign-in', credentials);

/**
 * Sends one request to `/api/people/<person>/<path>`. Throws only when the server could not
 * be reached or gave no whole answer (a killed server): then the write is in doubt.
 */
export async function call(
  session: LiveSession,
  method: string,
  path: string,
  body?: unknown,
  version?: number,
): Promise<LiveAnswer> {
  const headers: Record<string, string> = { cookie: session.cookie };
  if (method !== 'GET') headers['x-csrf-token'] = session.csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (version !== undefined) headers['if-match'] = `W/"${version}"`;
  const response = await fetch(`${session.url}/api/people/${session.personId}/${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const etag = response.headers.get('etag')?.match(/^W\/"(\d+)"$/);
  return {
    status: response.status,
    json: text ? JSON.parse(text) : null,
    version: etag ? Number(etag[1]) : null,
  };
}
