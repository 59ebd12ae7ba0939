// Runs one load worker (bench/load-worker.ts) in a child process and reads what the server
// processes spent meanwhile from /proc: the server's CPU before and after, and for PostgreSQL
// the CPU of the database's backend processes. Each run starts on idle processes.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { LoadResult, LoadSpec } from './load-spec.ts';
import { cpuBetween, cpuSeconds, cpuSecondsOf } from './process-stats.ts';

const WORKER = path.join(import.meta.dirname, 'load-worker.ts');

export type Watched = {
  /** The process serving the requests. */
  serverPid: number;
  /** PostgreSQL's backends serving this database, when it is PostgreSQL. */
  databasePids?: () => Promise<number[]>;
  /** Every process that must be idle before the run starts (all the servers, the database). */
  quietPids?: () => Promise<number[]>;
};

export type Measured = LoadResult & {
  /** CPU seconds the server process used during the run. */
  serverCpuSeconds: number;
  /** CPU seconds of the database's own processes (PostgreSQL), NaN for SQLite. */
  databaseCpuSeconds: number;
};

function runWorker(spec: LoadSpec, onStarted: () => void): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER], { stdio: ['pipe', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (!output.includes('started\n') && `${output}${chunk}`.includes('started\n')) onStarted();
      output += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      const last = output.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{'))
        return reject(new Error(`load worker exited ${code}: ${output.slice(-500)}`));
      resolve(JSON.parse(last) as LoadResult);
    });
    child.stdin.end(JSON.stringify(spec));
  });
}

const IDLE_SAMPLE_MS = 250;
/** Below a tenth of a core over a sample, the processes are idle. */
const IDLE_SHARE = 0.1;
const SETTLE_LIMIT_MS = 60_000;

/**
 * Waits until the watched processes stop using CPU. When a run ends, the generator drops its
 * connections but the server still finishes the requests it had taken (seconds of work for
 * fifty chart answers); without this they would slow the next run and be charged to it.
 */
async function settle(pids: () => Promise<number[]>): Promise<void> {
  const began = Date.now();
  let before = cpuSecondsOf(await pids());
  while (Date.now() - began < SETTLE_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_SAMPLE_MS));
    const after = cpuSecondsOf(await pids());
    if (cpuBetween(before, after) < (IDLE_SAMPLE_MS / 1000) * IDLE_SHARE) return;
    before = after;
  }
}

export async function runLoad(
  spec: LoadSpec,
  watched: Watched,
  onStarted: () => void = () => {},
): Promise<Measured> {
  await settle(
    watched.quietPids ??
      (async () => [watched.serverPid, ...((await watched.databasePids?.()) ?? [])]),
  );
  const databaseBefore = watched.databasePids
    ? cpuSecondsOf(await watched.databasePids())
    : undefined;
  const serverBefore = cpuSeconds(watched.serverPid);
  const result = await runWorker(spec, onStarted);
  const serverAfter = cpuSeconds(watched.serverPid);
  const databaseAfter = watched.databasePids
    ? cpuSecondsOf(await watched.databasePids())
    : undefined;
  return {
    ...result,
    serverCpuSeconds: serverAfter - serverBefore,
    databaseCpuSeconds:
      databaseBefore && databaseAfter ? cpuBetween(databaseBefore, databaseAfter) : Number.NaN,
  };
}
