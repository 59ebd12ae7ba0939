// What the tests add to the environment of the servers and commands they start as real
// processes (the CLI tests alone start about a hundred).
import os from 'node:os';
import path from 'node:path';

export const childProcessEnv = {
  // Node keeps each module's stripped and compiled code here and reuses it in the next process
  // (checked against the source, so an edited file is compiled again): a command then starts
  // on about 70% of the CPU time. The tests' own workers start before this is set.
  NODE_COMPILE_CACHE: path.join(os.tmpdir(), 'waymark-node-compile-cache'),
};
