// Answers only requests addressed to this installation. Without the check, a page on another
// site whose name the attacker points at this server (DNS rebinding) is "same origin" to the
// browser, and could read what the server answers. With PUBLIC_URL set, the Host must be its
// host; without it (trying Waymark on one machine) only this machine's own names are served,
// on any port, so the test client, `npm run dev` and the benchmarks keep working.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors.ts';
import type { Config } from '../config.ts';

const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);
/** HOST values that mean "every interface", not a name people use. */
const ANY_INTERFACE = new Set(['0.0.0.0', '::', '[::]']);
/** A host name or an IPv4 or bracketed IPv6 address, with an optional port; nothing else. */
const HOST_HEADER = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The Host as the public URL would write it: lower case, without its scheme's default port. */
function normalised(host: string, protocol: string): URL | null {
  if (!HOST_HEADER.test(host)) return null;
  return URL.canParse(`${protocol}//${host}`) ? new URL(`${protocol}//${host}`) : null;
}

export function hostAllowed(host: string | undefined, config: Config): boolean {
  if (!host) return false;
  const publicUrl = new URL(config.publicUrl.origin);
  const asked = normalised(host, publicUrl.protocol);
  if (!asked) return false;
  if (!config.publicUrl.local) return asked.host === publicUrl.host;
  const ownName = config.host.toLowerCase();
  return (
    LOCAL_NAMES.has(asked.hostname) ||
    (!ANY_INTERFACE.has(ownName) && normalised(ownName, 'http:')?.hostname === asked.hostname)
  );
}

/** Allowed Host values seen so far: a handful in practice, so the check parses each once. */
const REMEMBERED_HOSTS = 32;

export function registerHostCheck(app: FastifyInstance, config: Config): void {
  const allowed = new Set<string>();
  // A callback hook, not an async one: it runs on every request and never waits.
  app.addHook('onRequest', (request, _reply, done) => {
    const host = request.host;
    if (allowed.has(host)) return done();
    if (!hostAllowed(host, config)) return done(new AppError('WM_HOST_NOT_ALLOWED'));
    if (allowed.size < REMEMBERED_HOSTS) allowed.add(host);
    done();
  });
}
