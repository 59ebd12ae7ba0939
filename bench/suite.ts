// `npm run bench`: the benchmark suite, out of process. The real server (node
// src/server/main.ts) and a bare Fastify route each run in their own process, every load run
// is a load-generator process of its own (bench/load-worker.ts), and this process only makes
// the databases, seeds them through the API, starts and stops processes, reads /proc and
// prints. Figures only: nothing here passes or fails. Settings: bench/README.md.
import fs from 'node:fs';
import path from 'node:path';
import { openBenchDatabase } from './databases.ts';
import { measureDatabase } from './measure-database.ts';
import { readOptions } from './options.ts';
import { machineFacts, machineLine, settingsLine, withRunAdded } from './report.ts';

const DOCS = path.join(import.meta.dirname, '..', 'docs', 'performance.md');
const NO_RUN_YET = '_No full run yet._';

const options = (() => {
  try {
    return readOptions(process.env, process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
})();

// Whatever happens (a failed run, Ctrl-C), servers are stopped and scratch databases dropped.
const cleanups: Array<() => Promise<void>> = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length > 0)
    await cleanups
      .pop()?.()
      .catch(() => {});
}
process.once('SIGINT', () => {
  console.error('\nstopping: servers and scratch databases are being removed');
  void cleanUp().then(() => process.exit(130));
});

const machine = machineFacts();
console.log(`Waymark benchmark suite · ${machineLine(machine)}`);
console.log(settingsLine(options));

const sections: string[] = [];
for (const name of options.databases) {
  let database: Awaited<ReturnType<typeof openBenchDatabase>>;
  try {
    database = await openBenchDatabase(name, options.postgresAdminUrl);
  } catch (error) {
    const why = `${name}: not measured (${(error as Error).message})`;
    console.log(`\n== ${why}`);
    sections.push(`#### ${why}`);
    continue;
  }
  cleanups.push(() => database.drop());
  try {
    sections.push(await measureDatabase(database, options, (cleanup) => cleanups.push(cleanup)));
  } catch (error) {
    // Said, and the next database still measured; the exit code tells a script it failed.
    console.error(error);
    sections.push(`#### ${database.description}: failed (${(error as Error).message})`);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

const report = [
  `### ${machine.date.slice(0, 10)}: ${machine.cpu}, ${machine.cores} cores`,
  machineLine(machine),
  settingsLine(options),
  ...sections,
].join('\n\n');
console.log(`\n${report}\n`);

if (options.writeDocs) {
  fs.writeFileSync(DOCS, withRunAdded(fs.readFileSync(DOCS, 'utf8'), report, NO_RUN_YET));
  console.log(`Added to ${path.relative(process.cwd(), DOCS)}.`);
}
