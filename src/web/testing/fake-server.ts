// A stand-in for the Waymark API at the network boundary (fetch), for page tests. Each route
// answers with a status and body; every request is recorded so tests can check what was sent.
import { vi } from 'vitest';

export type Call = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
};

export type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
export type Handler = (call: Call) => Reply;

export function fakeServer(routes: Record<string, Handler | Reply | Reply[]>) {
  const calls: Call[] = [];
  const served = new Map<string, number>();

  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const path = String(input);
    const call: Call = {
      method,
      path,
      headers: { ...(init.headers as Record<string, string> | undefined) },
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const key = `${method} ${path}`;
    const route = routes[key];
    const count = served.get(key) ?? 0;
    served.set(key, count + 1);
    // A list of replies is served in turn; the last one repeats.
    const reply: Reply =
      route === undefined
        ? { status: 404, body: { error: { code: 'WM_NOT_FOUND', message: 'Not found' } } }
        : typeof route === 'function'
          ? route(call)
          : Array.isArray(route)
            ? (route[Math.min(count, route.length - 1)] ?? { status: 500 })
            : route;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json', ...reply.headers },
    });
  });
  vi.stubGlobal('fetch', fetch);

  return {
    calls,
    /** The requests sent with this method to this path, in order. */
    sent: (method: string, path: string) =>
      calls.filter((call) => call.method === method && call.path === path),
  };
}

export const ACCOUNT = {
  id: 'person-1',
  email: 'alex@example.com',
  displayName: 'Alex',
  role: 'person' as const,
};

export const SIGNED_IN: Reply = {
  status: 200,
  body: { account: ACCOUNT, csrfToken: 'csrf-token-1' },
};
/** A service admin (issue 14): no record of their own. */
export const SERVICE_ADMIN = {
  id: 'admin-1',
  email: 'alex.admin@example.com',
  displayName: 'Alex',
  role: 'service_admin' as const,
  welcomeDue: false,
  language: null,
};
export const SIGNED_IN_ADMIN: Reply = {
  status: 200,
  body: { account: SERVICE_ADMIN, csrfToken: 'csrf-token-1' },
};
export const SIGNED_OUT: Reply = {
  status: 401,
  body: { error: { code: 'WM_AUTH_REQUIRED', message: 'You need to sign in to do that.' } },
};
