// Runs the real server as a separate process (node src/server/main.ts), so tests can kill it
// the hard way and start it again on the same data.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { duringSchemaChanges, isScratchSchemaUrl } from './schema-lock.ts';

const MAIN = path.resolve(import.meta.dirname, '../main.ts');
/**
 * How `npm start` runs the server (package.json; a test keeps the two the same): a young
 * generation of at most 4 MiB per half, and the old generation collected again once it has
 * grown a fifth past what was live. Left to itself on a machine with a lot of memory, V8 grew
 * the young generation to about 150 MiB and let the old one reach several times its live size
 * before collecting it, and resident memory followed (decision 0021 and its addendum).
 */
export const SERVER_NODE_OPTIONS = ['--max-semi-space-size=4', '--heap-growing-percent=20'];

/**
 * glibc's allocator as `npm start` sets it: two arenas rather than one per thread that ever
 * allocated, and blocks of 64 KiB and more (answers being compressed, rows read) given back to
 * the system when freed instead of kept, scattered, in the heap.
 */
export const SERVER_MEMORY_ENV = {
  MALLOC_ARENA_MAX: '2',
  MALLOC_MMAP_THRESHOLD_: '65536',
  MALLOC_TRIM_THRESHOLD_: '131072',
};

/** A fixed test key: PostgreSQL (like production) will not start without journal keys. */
export const TEST_JOURNAL_KEYS = `test:${Buffer.alloc(32, 7).toString('base64')}`;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export type ServerProcess = { url: string; child: ChildProcess; output(): string };

function spawnServer(port: number, env: Record<string, string>, main = MAIN) {
  const child = spawn(process.execPath, [...SERVER_NODE_OPTIONS, main], {
    env: {
      ...process.env,
      ...SERVER_MEMORY_ENV,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      JOURNAL_KEYS: TEST_JOURNAL_KEYS,
      // Tests such as the crash test write as fast as they can; the limit has its own tests.
      WRITES_PER_MINUTE: '1000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Each stream, and both in the order they came.
  const printed = { stdout: '', stderr: '', both: '' };
  child.stdout?.on('data', (chunk) => {
    printed.stdout += chunk;
    printed.both += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    printed.stderr += chunk;
    printed.both += chunk;
  });
  return { child, printed };
}

/**
 * Runs the server on `port` until it exits by itself (as when it cannot start), and answers
 * its exit code and what it printed on each stream.
 */
export async function runServerUntilExit(
  port: number,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return whileMigrating(env, async () => {
    const { child, printed } = spawnServer(port, env);
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    return { code, stdout: printed.stdout, stderr: printed.stderr };
  });
}

/**
 * A server migrates as it starts: on a test's scratch schema it does so under the schemas lock
 * (schema-lock.ts), so that another test dropping its schema meanwhile cannot fail the start.
 */
function whileMigrating<T>(env: Record<string, string>, start: () => Promise<T>): Promise<T> {
  return isScratchSchemaUrl(env.DATABASE_URL) ? duringSchemaChanges('migrate', start) : start();
}

/** `main`: another checkout's server, for a benchmark that compares two versions in one run. */
export async function startServerProcess(
  env: Record<string, string>,
  main = MAIN,
): Promise<ServerProcess> {
  return whileMigrating(env, () => startAndWait(env, main));
}

async function startAndWait(env: Record<string, string>, main: string): Promise<ServerProcess> {
  const port = await freePort();
  const { child, printed } = spawnServer(port, env, main);
  const output = () => printed.both;
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output()}`);
    try {
      await fetch(`${url}/api/auth/session`);
      return { url, child, output };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start:\n${output()}`);
}

/** SIGKILL: no shutdown hooks, no flushing: what a crash or power cut looks like to the app. */
export async function killHard(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGKILL');
  await exited;
}

/** SIGTERM: the server closes its connections and exits, as an operator stops it. */
export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}
