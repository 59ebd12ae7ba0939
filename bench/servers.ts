// The processes the suite measures: the real server (node src/server/main.ts) and the bare
// Fastify route (bench/bare-server.ts), each in a process of its own.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import {
  freePort,
  type ServerProcess,
  startServerProcess,
  stopServer,
} from '../src/server/test/server-process.ts';

export type Running = { url: string; pid: number; stop(): Promise<void> };

export async function startBare(): Promise<Running> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(import.meta.dirname, 'bare-server.ts'), String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid as number,
    stop: async () => {
      // It has no SIGTERM handler, so it ends by the signal: exitCode stays null.
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function running(server: ServerProcess): Running {
  let stopping: Promise<void> | undefined;
  return {
    url: server.url,
    pid: server.child.pid as number,
    stop: () => {
      stopping ??= stopServer(server);
      return stopping;
    },
  };
}

/**
 * The real server on `database`. server-process.ts lifts WRITES_PER_MINUTE for the load (the
 * limit is still counted on every write, as it costs) and sets a fixed journal key.
 */
export async function startWaymark(
  database: Record<string, string>,
  main?: string,
): Promise<Running> {
  return running(await startServerProcess({ ...database, LOG_LEVEL: 'warn' }, main));
}

/**
 * A second server on the same database for the emergency link: that route allows 30 opens a
 * minute per address, so the load worker sends each few requests as from another address
 * (X-Forwarded-For), which only a server with TRUST_PROXY believes. The main server keeps the
 * default settings.
 */
export async function startEmergencyServer(database: Record<string, string>): Promise<Running> {
  return running(await startServerProcess({ ...database, LOG_LEVEL: 'warn', TRUST_PROXY: 'true' }));
}
