// A small HTTP client for seeding through the API. node:http rather than fetch because a
// sign-up must be able to come from its own loopback address (127.0.0.x): sign-up allows 20 a
// minute per address, and the suite makes one account per connection.
import http from 'node:http';

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

export type Account = { id: string; cookie: string; csrfToken: string; name: string };

export function send(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: unknown;
    localAddress?: string;
  } = {},
): Promise<Answer> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers = {
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: options.method ?? 'GET', headers, localAddress: options.localAddress },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Sends and expects `status`; anything else stops the seeding with what the server said. */
export async function expect<T = unknown>(
  status: number,
  url: string,
  options: Parameters<typeof send>[1] = {},
): Promise<{ json: T; headers: http.IncomingHttpHeaders }> {
  const answer = await send(url, options);
  if (answer.status !== status)
    throw new Error(
      `${options.method ?? 'GET'} ${url}: ${answer.status} ${answer.body.toString('utf8').slice(0, 300)}`,
    );
  const text = answer.body.toString('utf8');
  return { json: (text ? JSON.parse(text) : undefined) as T, headers: answer.headers };
}

export async function signUp(
  origin: string,
  email: string,
  name: string,
  localAddress?: string,
): Promise<Account> {
  const { json, headers } = await expect<{ account: { id: string }; csrfToken: string }>(
    201,
    `${origin}/api/auth/sign-up`,
    {
      method: 'POST',
      body: { email, password: 'a long bench password', displayName: name },
      ...(localAddress ? { localAddress } : {}),
    },
  );
  const setCookie = headers['set-cookie'] ?? [];
  // The session cookie; the known-device cookie is for sign-in only.
  const cookie = setCookie.map((value) => value.split(';')[0] ?? '').join('; ');
  return { id: json.account.id, cookie, csrfToken: json.csrfToken, name };
}

/** The address of part of this account's own record. */
export function recordPath(origin: string, account: Account, rest: string): string {
  return `${origin}/api/people/${account.id}${rest}`;
}

/** The headers of a write as this account: its cookie and CSRF token. */
export function writeHeaders(account: Account): Record<string, string> {
  return { cookie: account.cookie, 'x-csrf-token': account.csrfToken };
}

/** Runs `work` over `items`, `concurrency` at a time. */
export async function inParallel<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      await work(items[index] as T, index);
    }
  });
  await Promise.all(lanes);
}
