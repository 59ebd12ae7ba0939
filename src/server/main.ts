// Starts Waymark: reads configuration, opens and migrates the store, adds demo people to an
// empty embedded database, and listens.

import fs from 'node:fs';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { schedulePurge } from './features/attachments/purge-schedule.ts';
import { createAuthRepo } from './features/auth/auth.repo.ts';
import { seedDemo } from './features/demo/demo.ts';
import { resolveJournalKeyring } from './features/journal/journal-keys.ts';
import { WEB_ROOT } from './http/web-app.ts';
import { openStore } from './store/db.ts';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // Made (or checked) now, so a missing or broken key file shows at start, not on first use.
  resolveJournalKeyring(config.journal, (message) => console.warn(message));
  const store = await openStore(config.database);
  const { app, services } = await buildApp({ config, store });
  if (!fs.existsSync(WEB_ROOT))
    app.log.warn('The web app is not built: run "npm run build" to serve it');

  if (config.demoData) {
    const demo = await seedDemo(services, await createAuthRepo(store.db).countAccounts());
    if (demo) {
      console.log('\nDemo accounts (fictional people, for trying Waymark on this machine):');
      for (const account of demo)
        console.log(`  ${account.role.padEnd(12)} ${account.email}  password: ${account.password}`);
      console.log('');
    }
  }

  // Frees the space of files deleted longer ago than the undo window (docs/ARCHITECTURE.md).
  const purge = schedulePurge(() => services.attachments.purgeExpired(), app.log);

  const shutdown = async () => {
    purge.stop();
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  await app.listen({ port: config.port, host: config.host });
  const where = config.database.dialect === 'sqlite' ? config.database.file : 'PostgreSQL';
  console.log(`Waymark is running at http://localhost:${config.port} (data: ${where})`);
}

await main();
