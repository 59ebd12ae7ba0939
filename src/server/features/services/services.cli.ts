// `waymark service create | list | disable` (decision 0038): the operator makes a service with
// its first service admin, who gets a one-time set-up link to choose a password (so no password
// ever passes through the command line or its history); lists services; disables one, which
// ends its staff's sessions at once. Bad input is one line on stderr, exit code 1, and nothing
// changed; a command line that is not one of these prints the usage, exit code 2.
import { wordsFor } from '../../../domain/i18n/said.ts';
import { SET_UP_LINK_DAYS } from '../../../domain/services/services.schema.ts';
import type { Store } from '../../store/db.ts';
import { createServicesRepo } from './services.repo.ts';
import { createServices } from './services.service.ts';

export const SERVICE_USAGE = [
  'node src/server/cli.ts service create --name NAME --admin-email EMAIL [--admin-name NAME]',
  'node src/server/cli.ts service list',
  'node src/server/cli.ts service disable SERVICE_ID',
];

export type Output = { out(line: string): void; err(line: string): void };

/** The store and the installation's address, as the command's caller opens them. */
export type ServiceCommandEnv = { store: Pick<Store, 'db'>; publicOrigin: string };

const OPTIONS: Record<string, 'name' | 'adminEmail' | 'adminName'> = {
  '--name': 'name',
  '--admin-email': 'adminEmail',
  '--admin-name': 'adminName',
};

/** The options of `service create`, or the one line that says what is wrong with them. */
export function createOptions(
  args: string[],
):
  | { ok: true; input: Partial<Record<'name' | 'adminEmail' | 'adminName', string>> }
  | { ok: false; line: string } {
  const input: Partial<Record<'name' | 'adminEmail' | 'adminName', string>> = {};
  for (let i = 0; i < args.length; i += 2) {
    const option = args[i] as string;
    const key = Object.hasOwn(OPTIONS, option) ? OPTIONS[option] : undefined;
    if (!key)
      return {
        ok: false,
        line: `Nothing was created: ${option} is not an option of service create.`,
      };
    const value = args[i + 1];
    if (value === undefined)
      return { ok: false, line: `Nothing was created: ${option} needs a value after it.` };
    if (key in input) return { ok: false, line: `Nothing was created: ${option} is given twice.` };
    input[key] = value;
  }
  if (input.name === undefined)
    return { ok: false, line: 'Nothing was created: give the service’s name with --name.' };
  if (input.adminEmail === undefined)
    return {
      ok: false,
      line: 'Nothing was created: give the first service admin’s email with --admin-email.',
    };
  return { ok: true, input };
}

const FIELD_OPTION: Record<string, string> = {
  name: '--name',
  adminEmail: '--admin-email',
  adminName: '--admin-name',
};

export async function createServiceCommand(
  args: string[],
  env: ServiceCommandEnv,
  output: Output,
): Promise<number> {
  const options = createOptions(args);
  if (!options.ok) {
    output.err(options.line);
    return 1;
  }
  const services = createServices(createServicesRepo(env.store.db), () => new Date(), {
    publicOrigin: env.publicOrigin,
  });
  const outcome = await services.create(options.input);
  if (!outcome.ok) {
    const { problem } = outcome;
    output.err(
      problem.kind === 'email-taken'
        ? `Nothing was created: an account with the email ${problem.email} already exists.`
        : `Nothing was created: ${FIELD_OPTION[problem.field] ?? problem.field}: ${wordsFor(problem.message)}`,
    );
    return 1;
  }
  const { created } = outcome;
  output.out(`Created the service ${created.serviceId}.`);
  output.out(
    `Give this link to its service admin. It works once, for ${SET_UP_LINK_DAYS} days (until ${created.expiresAt}):`,
  );
  output.out(created.setUpLink);
  return 0;
}

export async function listServicesCommand(env: Pick<ServiceCommandEnv, 'store'>, output: Output) {
  const services = createServices(createServicesRepo(env.store.db), () => new Date(), {
    publicOrigin: '',
  });
  const listed = await services.list();
  if (listed.length === 0) {
    output.out('There are no services yet.');
    return 0;
  }
  output.out(['ID', 'NAME', 'STATUS', 'ADMINS', 'CREATED'].join('\t'));
  for (const service of listed) {
    const status = service.disabled_at ? `disabled ${service.disabled_at}` : 'active';
    const admins =
      service.admins
        .map((admin) => (admin.setUp ? admin.email : `${admin.email} (not set up yet)`))
        .join(', ') || '(none)';
    output.out([service.id, service.name, status, admins, service.created_at].join('\t'));
  }
  return 0;
}

export async function disableServiceCommand(
  id: string,
  env: Pick<ServiceCommandEnv, 'store'>,
  output: Output,
): Promise<number> {
  const services = createServices(createServicesRepo(env.store.db), () => new Date(), {
    publicOrigin: '',
  });
  const outcome = await services.disable(id);
  if (!outcome.ok) {
    output.err(
      outcome.problem === 'unknown'
        ? `Nothing was changed: there is no service with the id ${id}.`
        : `Nothing was changed: the service ${id} is already disabled.`,
    );
    return 1;
  }
  const sessions = outcome.sessionsEnded === 1 ? '1 session' : `${outcome.sessionsEnded} sessions`;
  output.out(
    `Disabled the service "${outcome.name}". Its staff cannot sign in now; ${sessions} ended.`,
  );
  return 0;
}
