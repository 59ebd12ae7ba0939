// Starting the server the way a newcomer does: a port that is already taken ends in one line
// that names PORT and a failed exit, not a stack trace.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, runServerUntilExit } from './test/server-process.ts';

describe('Starting on a port that is already in use', () => {
  let taken: net.Server;
  let port: number;
  let dataDir: string;
  beforeAll(async () => {
    port = await freePort();
    taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-port-'));
  });
  afterAll(async () => {
    await new Promise((resolve) => taken.close(resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints one line naming PORT and exits with 1', { timeout: 120_000 }, async () => {
    const { code, stdout, stderr } = await runServerUntilExit(port, { DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `Waymark cannot start: port ${port} is already in use. Stop what is using it, or set PORT to another port (for example PORT=3001 npm start).`,
    ]);
    expect(stdout).not.toContain('Waymark is running');
  });
});
