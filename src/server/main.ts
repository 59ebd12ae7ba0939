// Starts Waymark: reads configuration, opens and migrates the store, adds demo people to an
// empty embedded database, and listens.

import fs from 'node:fs';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { schedulePurge } from './features/attachments/purge-schedule.ts';
import { createAuthRepo } from './features/auth/auth.repo.ts';
import {
  DEMO_PRACTITIONER_TOTP_SECRET,
  demoAccountsAsShipped,
  seedDemo,
} from './features/demo/demo.ts';
import type { Keyring } from './features/journal/journal-crypto.ts';
import { openJournalKeyring } from './features/journal/journal-keys.ts';
import { scheduleEmails } from './features/notifications/email-schedule.ts';
import { WEB_ROOT } from './http/web-app.ts';
import { openReportsDb, openStore } from './store/db.ts';

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
  // The journal key file lives in the SQLite data folder and is kept private with it.
  const store = await openStore(config.database, {
    alsoPrivate: config.journal.keys ? [] : [config.journal.keyFile],
    log: (message) => console.warn(message),
  });
  // Checked against the data now, so a wrong or missing key stops the server before it can
  // write anything under it (decision 0011).
  let journalKeyring: Keyring;
  try {
    journalKeyring = await openJournalKeyring(config.journal, store.db, (message) =>
      console.warn(message),
    );
  } catch (error) {
    await store.close();
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // Reports read a streaming replica when REPORTS_DATABASE_URL names one (docs/scaling.md).
  const reports = openReportsDb(config.reportsDatabase, store);
  const { app, services } = await buildApp({
    config,
    store,
    journalKeyring,
    reportsDb: reports.db,
  });
  if (!fs.existsSync(WEB_ROOT))
    app.log.warn('The web app is not built: run "npm run build" to serve it');

  if (config.demoData) await seedDemo(services, await createAuthRepo(store.db).countAccounts());
  // On every start, whatever DEMO_DATA says: while the demo accounts keep their published
  // passwords, anyone can sign in as them, and whoever runs Waymark should know.
  const demo = await demoAccountsAsShipped(services.auth);
  if (demo.length > 0) {
    console.log('\nDemo accounts (fictional people, for trying Waymark on this machine):');
    for (const account of demo)
      console.log(`  ${account.role.padEnd(12)} ${account.email}  password: ${account.password}`);
    // Staff must use two-step sign-in (decision 0039): the demo practitioner's app secret.
    if (demo.some((account) => account.role === 'practitioner'))
      console.log(`  the practitioner's authenticator secret: ${DEMO_PRACTITIONER_TOTP_SECRET}`);
    console.log(
      '  Anyone who reads these can sign in as them: keep real records in other accounts.\n',
    );
  }

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    // The usual first-day problem (another copy, or another app, on 3000): one line, not a trace.
    console.error(
      `Waymark cannot start: port ${config.port} is already in use. Stop what is using it, or set PORT to another port (for example PORT=3001 npm start).`,
    );
    await app.close();
    await reports.close();
    await store.close();
    process.exit(1);
  }

  // Frees the space of files deleted longer ago than the undo window (docs/ARCHITECTURE.md).
  const purge = schedulePurge(() => services.attachments.purgeExpired(), app.log);
  // Notification emails waiting in the outbox: new ones and those to try again.
  const emails = scheduleEmails(() => services.notifications.sendPending(), app.log);

  const shutdown = async () => {
    purge.stop();
    emails.stop();
    await app.close();
    await reports.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  const where = config.database.dialect === 'sqlite' ? config.database.file : 'PostgreSQL';
  console.log(`Waymark is running at ${config.publicUrl.origin} (data: ${where})`);
  if (config.publicUrl.local && !['localhost', '127.0.0.1', '::1'].includes(config.host))
    app.log.warn(
      'PUBLIC_URL is not set, so only localhost, 127.0.0.1 and HOST are served. ' +
        'Set PUBLIC_URL to the address people open (e.g. https://waymark.example.org).',
    );
}

await main();
