// A fixed arrival rate, evenly spaced: request n is due at start + n/rate, whether or not the
// answers before it have come back (an open model, as real visitors arrive). autocannon's -R
// sends each second's share of requests back to back at the start of the second and then
// waits, so at 2,000 requests a second it measures bursts of full concurrency, not a steady
// rate. Latency here runs from when a request was due, so time spent waiting for a free
// connection counts (no coordinated omission). Timers fire about once a millisecond, so a
// request may leave up to about 1 ms after it was due; that delay is counted too, for the bare
// route and the real one alike.
import http from 'node:http';
import type { LoadSpec } from './load-spec.ts';

export type RawResult = {
  latencies: number[];
  /** Paced only: how late each request left after it was due (the generator's own delay). */
  sendDelays?: number[];
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  seconds: number;
};

const TIMEOUT_MS = 10_000;

export async function pacedLoad(spec: LoadSpec): Promise<RawResult> {
  const request = spec.requests[0];
  if (
    !request ||
    spec.requests.length !== 1 ||
    request.revisions ||
    request.forwardedFor ||
    request.timeField ||
    request.asPeople
  )
    throw new Error('the paced generator takes one plain request');
  if (!spec.rate) throw new Error('the paced generator needs a rate');
  const target = new URL(spec.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.connections });
  const headers = { ...spec.headers, ...request.headers };
  const interval = 1000 / spec.rate;
  const total = Math.round(spec.rate * spec.duration);
  const sendDelays: number[] = [];
  const result: RawResult = {
    latencies: [],
    sendDelays,
    statusCodes: {},
    errors: 0,
    timeouts: 0,
    seconds: 0,
  };
  let outstanding = 0;
  let sent = 0;
  const start = performance.now();

  await new Promise<void>((resolve) => {
    const settle = () => {
      outstanding -= 1;
      if (sent === total && outstanding === 0) resolve();
    };
    const send = (due: number) => {
      outstanding += 1;
      sendDelays.push(performance.now() - due);
      const outgoing = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          method: request.method,
          path: request.path,
          headers,
        },
        (response) => {
          response.on('data', () => {});
          response.on('end', () => {
            result.latencies.push(performance.now() - due);
            const code = String(response.statusCode);
            result.statusCodes[code] = (result.statusCodes[code] ?? 0) + 1;
            settle();
          });
        },
      );
      outgoing.setTimeout(TIMEOUT_MS, () => {
        result.timeouts += 1;
        outgoing.destroy(new Error('timeout'));
      });
      outgoing.on('error', () => {
        result.errors += 1;
        settle();
      });
      outgoing.end(request.body);
    };
    const tick = () => {
      const dueNow = Math.min(total, Math.floor((performance.now() - start) / interval) + 1);
      while (sent < dueNow) {
        send(start + sent * interval);
        sent += 1;
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
      else if (outstanding === 0) resolve();
    };
    tick();
  });
  result.seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return result;
}
