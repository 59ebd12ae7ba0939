// What the orchestrator asks of a load worker (bench/load-worker.ts) and what the worker answers,
// as JSON across the process boundary, and the pure parts of building the requests.
import type { LatencySummary } from './stats.ts';

/**
 * Saves of documents that carry a revision (If-Match). Each request takes a document no other
 * request is saving at that moment and sends the revision the last answer gave, so no save
 * conflicts with another: with at least as many documents as connections there is always a
 * free one. Each save changes the words (the `vary` field gets a counter), so every request is
 * a real new version.
 */
export type RevisionPoolSpec = {
  documents: { path: string; headers: Record<string, string>; etag: string }[];
  body: Record<string, string>;
  vary: string;
};

export type RequestSpec = {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  revisions?: RevisionPoolSpec;
  /**
   * Sends each request as from a client address of its own (X-Forwarded-For to a server that
   * trusts it), `perAddress` requests to each address, starting at address number `first`: for
   * a route limited per address, so the limit is counted, as it costs, but never reached.
   */
  forwardedFor?: { first: number; perAddress: number };
  /**
   * A field of the JSON body set to the time each request is sent (a check-in's `takenAt`), so
   * no two requests carry the same time unless sent in the same millisecond, as with people.
   */
  timeField?: string;
  /**
   * Each connection sends as one of these people (their path and headers), given out in turn as
   * connections start, and keeps them: many people each writing, as on a real service, rather
   * than one person receiving every write at once.
   */
  asPeople?: Person[];
};

/** Whom a request is sent as: the address of their record's part, and their cookie. */
export type Person = { path: string; headers: Record<string, string> };

export type LoadSpec = {
  /** autocannon: as many requests as the connections carry; paced: `rate` requests a second, evenly. */
  generator: 'autocannon' | 'paced';
  /** The server's origin, e.g. http://127.0.0.1:3000 */
  url: string;
  connections: number;
  /** Seconds. */
  duration: number;
  /** Requests per second: autocannon's overallRate (-R), or the paced rate. */
  rate?: number;
  /** Sent with every request. */
  headers: Record<string, string>;
  /** Each connection goes through these in turn, then starts again. */
  requests: RequestSpec[];
};

export type LoadResult = {
  /** Responses received (any status). */
  responses: number;
  seconds: number;
  requestsPerSecond: number;
  /** Milliseconds, every response counted exactly (not autocannon's 1 ms buckets). */
  latency: LatencySummary;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /**
   * Paced only: p99 of how late requests left after they were due. Large means the generator
   * (or a machine too busy to run it) added the delay, not the server.
   */
  sendDelayP99?: number;
  /** autocannon's own p99, corrected for coordinated omission its way (see docs/performance.md). */
  autocannonP99?: number;
  /** The load generator's own CPU time, to see whether it, not the server, was the limit. */
  generatorCpuSeconds: number;
};

type Document = RevisionPoolSpec['documents'][number];

/** Hands out documents so that no two requests in flight save the same one. */
export function createRevisionPool(spec: RevisionPoolSpec) {
  const free: Document[] = spec.documents.map((document) => ({ ...document }));
  const taken: Document[] = [];
  let saves = 0;
  return {
    /**
     * A free document, or, if a request was lost without an answer and none is free, the one
     * taken longest ago (its save may then conflict, and the run shows it as non-2xx).
     */
    take(): { document: Document; body: string } {
      const document = free.shift() ?? taken.shift();
      if (!document) throw new Error('a revision pool needs at least one document');
      taken.push(document);
      saves += 1;
      const body = { ...spec.body, [spec.vary]: `${spec.body[spec.vary] ?? ''} (save ${saves})` };
      return { document, body: JSON.stringify(body) };
    },
    /** The answer came: the document is free again, at the revision the answer gave. */
    give(document: Document, etag: string | undefined): void {
      if (etag) document.etag = etag;
      const index = taken.indexOf(document);
      if (index === -1) return;
      taken.splice(index, 1);
      free.push(document);
    },
    freeCount: () => free.length,
  };
}

/**
 * The revision an answer gives: its ETag header, or for a conflict (412) the version of the
 * `current` item in the error body.
 */
export function revisionFromAnswer(
  headers: Record<string, string | string[] | undefined>,
  body: string,
): string | undefined {
  for (const [name, value] of Object.entries(headers))
    if (name.toLowerCase() === 'etag') return Array.isArray(value) ? value[0] : value;
  try {
    const version = (JSON.parse(body) as { error?: { current?: { version?: unknown } } }).error
      ?.current?.version;
    return typeof version === 'number' ? `W/"${version}"` : undefined;
  } catch {
    return undefined;
  }
}

/** The n-th client address: 10.0.0.0/8, `perAddress` requests each from address `first`. */
export function forwardedAddress(first: number, perAddress: number, n: number): string {
  const index = (first + Math.floor(n / perAddress)) % 0x1000000;
  return `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
}

/** `body` (a JSON object) with `field` set to `at` as an ISO time. */
export function stampedBody(body: string, field: string, at: Date): string {
  return JSON.stringify({
    ...(JSON.parse(body) as Record<string, unknown>),
    [field]: at.toISOString(),
  });
}

/** Gives each connection (its autocannon context) the next of `people`, and the same one after. */
export function createPersonAssigner(people: readonly Person[]) {
  let next = 0;
  return (context: { person?: Person }): Person => {
    if (!context.person) {
      context.person = people[next % people.length];
      next += 1;
    }
    if (!context.person) throw new Error('asPeople must name at least one person');
    return context.person;
  };
}
