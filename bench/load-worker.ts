// The load generator, in a process of its own so it never shares an event loop with a server
// or with the orchestrator. Reads one LoadSpec as JSON on stdin, prints "started" when the load
// begins and the LoadResult as JSON on the last line of stdout.
// Run by the suite (bench/run-load.ts); by hand: echo '{…}' | node bench/load-worker.ts
import autocannon from 'autocannon';
import {
  createPersonAssigner,
  createRevisionPool,
  forwardedAddress,
  type LoadResult,
  type LoadSpec,
  type Person,
  type RequestSpec,
  revisionFromAnswer,
  stampedBody,
} from './load-spec.ts';
import { pacedLoad, type RawResult } from './paced-load.ts';
import { summariseLatencies } from './stats.ts';

type AutocannonRequest = NonNullable<autocannon.Options['requests']>[number];
type Context = {
  document?: Parameters<ReturnType<typeof createRevisionPool>['give']>[0];
  person?: Person;
};

/** One pool per set of documents, however often the list names it (the memory run's mix). */
const pools = new Map<string, ReturnType<typeof createRevisionPool>>();

function poolFor(spec: NonNullable<RequestSpec['revisions']>) {
  const key = spec.documents.map((document) => document.path).join(' ');
  let pool = pools.get(key);
  if (!pool) {
    pool = createRevisionPool(spec);
    pools.set(key, pool);
  }
  return pool;
}

function toAutocannon(request: RequestSpec): AutocannonRequest {
  const plain = {
    method: request.method,
    path: request.path,
    headers: request.headers ?? {},
    ...(request.body === undefined ? {} : { body: request.body }),
  };
  if (request.revisions) {
    const pool = poolFor(request.revisions);
    return {
      ...plain,
      setupRequest: (built, context: Context) => {
        const { document, body } = pool.take();
        context.document = document;
        return {
          ...built,
          path: document.path,
          headers: { ...built.headers, ...document.headers, 'if-match': document.etag },
          body,
        };
      },
      onResponse: (_status, body, context: Context, headers) => {
        if (context.document)
          pool.give(
            context.document,
            revisionFromAnswer((headers ?? {}) as Record<string, string>, body),
          );
      },
    } as AutocannonRequest;
  }
  const { timeField, body, asPeople } = request;
  if ((timeField && body !== undefined) || asPeople) {
    const personOf = asPeople ? createPersonAssigner(asPeople) : undefined;
    return {
      ...plain,
      setupRequest: (built, context: Context) => {
        const person = personOf?.(context);
        return {
          ...built,
          ...(person
            ? { path: person.path, headers: { ...built.headers, ...person.headers } }
            : {}),
          ...(timeField && body !== undefined
            ? { body: stampedBody(body, timeField, new Date()) }
            : {}),
        };
      },
    } as AutocannonRequest;
  }
  const forwarded = request.forwardedFor;
  if (forwarded) {
    let n = 0;
    return {
      ...plain,
      setupRequest: (built) => {
        const address = forwardedAddress(forwarded.first, forwarded.perAddress, n);
        n += 1;
        return { ...built, headers: { ...built.headers, 'x-forwarded-for': address } };
      },
    } as AutocannonRequest;
  }
  return plain as AutocannonRequest;
}

async function autocannonLoad(spec: LoadSpec): Promise<RawResult & { autocannonP99: number }> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const start = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: spec.duration,
        ...(spec.rate ? { overallRate: spec.rate } : {}),
        headers: spec.headers,
        requests: spec.requests.map(toAutocannon),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    });
  });
  return {
    latencies,
    statusCodes,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: Math.min(spec.duration, (performance.now() - start) / 1000),
    autocannonP99: result.latency.p99,
  };
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

const spec = JSON.parse(await readStdin()) as LoadSpec;
const cpuAtStart = process.cpuUsage();
process.stdout.write('started\n');
const raw = spec.generator === 'paced' ? await pacedLoad(spec) : await autocannonLoad(spec);
const cpu = process.cpuUsage(cpuAtStart);
const non2xx = Object.entries(raw.statusCodes)
  .filter(([code]) => !code.startsWith('2'))
  .reduce((sum, [, count]) => sum + count, 0);
const answer: LoadResult = {
  responses: raw.latencies.length,
  seconds: raw.seconds,
  requestsPerSecond: raw.latencies.length / raw.seconds,
  latency: summariseLatencies(raw.latencies),
  non2xx,
  errors: raw.errors,
  timeouts: raw.timeouts,
  statusCodes: raw.statusCodes,
  // Only at a fixed rate is it different from ours (its coordinated-omission correction).
  ...(spec.rate && 'autocannonP99' in raw ? { autocannonP99: raw.autocannonP99 as number } : {}),
  ...(raw.sendDelays ? { sendDelayP99: summariseLatencies(raw.sendDelays).p99 } : {}),
  generatorCpuSeconds: (cpu.user + cpu.system) / 1e6,
};
process.stdout.write(`${JSON.stringify(answer)}\n`);
