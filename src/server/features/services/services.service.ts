// Services (issue 14, decision 0038): the operator creates a service with its first service
// admin, lists services and disables one; the admin chooses a password through a one-time
// set-up link. Set-up links are 256 random bits, stored only as SHA-256, and work once, for
// SET_UP_LINK_DAYS days, while the service is not disabled.
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../../domain/errors.ts';
import {
  type MyService,
  newServiceSchema,
  SET_UP_LINK_DAYS,
  type SetUpInput,
  type StaffRole,
} from '../../../domain/services/services.schema.ts';
import { hashPassword, NO_PASSWORD } from '../auth/password.ts';
import { hashToken, randomToken } from '../auth/tokens.ts';
import type { Clock } from '../record/record.service.ts';
import type { ServiceListing, ServicesRepo } from './services.repo.ts';

/** A service made, and the one-time link its admin sets up their account with. */
export type CreatedService = {
  serviceId: string;
  adminId: string;
  setUpLink: string;
  expiresAt: string;
};

/** Why nothing was created: a field that is not right (its message), or the email in use. */
export type CreateProblem =
  | { kind: 'invalid'; field: string; message: string }
  | { kind: 'email-taken'; email: string };

export type DisableOutcome =
  | { ok: true; name: string; sessionsEnded: number }
  | { ok: false; problem: 'unknown' | 'already-disabled' };

const DAY_MS = 86_400_000;

/** The email's part before the @: the admin's name until they change it in Settings. */
const nameFromEmail = (email: string) => email.slice(0, email.indexOf('@')) || email;

export function createServices(
  repo: ServicesRepo,
  clock: Clock,
  options: { publicOrigin: string },
) {
  /** Whether a staff member's service (or the staff member) was disabled: they may not sign in. */
  async function staffRefused(accountId: string): Promise<boolean> {
    const staff = await repo.staffOf(accountId);
    return (
      staff !== undefined &&
      (staff.service_disabled_at !== null || staff.staff_disabled_at !== null)
    );
  }

  return {
    staffRefused,

    /** `input` as the command line gave it; checked with the shared schema. */
    async create(
      input: unknown,
    ): Promise<{ ok: true; created: CreatedService } | { ok: false; problem: CreateProblem }> {
      const parsed = newServiceSchema.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
          ok: false,
          problem: {
            kind: 'invalid',
            field: String(issue?.path[0] ?? ''),
            message: issue?.message ?? '',
          },
        };
      }
      const { name, adminEmail, adminName } = parsed.data;
      const now = clock();
      const at = now.toISOString();
      const serviceId = randomUUID();
      const adminId = randomUUID();
      const token = randomToken();
      const expiresAt = new Date(now.getTime() + SET_UP_LINK_DAYS * DAY_MS).toISOString();
      const inserted = await repo.insertService({
        service: { id: serviceId, name, created_at: at, disabled_at: null },
        account: {
          id: adminId,
          email: adminEmail,
          // Nothing signs in to it until the admin chooses a password through the link.
          password_hash: NO_PASSWORD,
          display_name: adminName ?? nameFromEmail(adminEmail),
          role: 'service_admin',
          created_at: at,
          welcomed_at: null,
          language: null,
          closed_at: null,
        },
        staff: {
          account_id: adminId,
          service_id: serviceId,
          role: 'service_admin' satisfies StaffRole,
          created_at: at,
          disabled_at: null,
        },
        link: {
          token_hash: hashToken(token),
          account_id: adminId,
          created_at: at,
          expires_at: expiresAt,
          used_at: null,
        },
      });
      if (!inserted) return { ok: false, problem: { kind: 'email-taken', email: adminEmail } };
      return {
        ok: true,
        created: {
          serviceId,
          adminId,
          setUpLink: `${options.publicOrigin}/set-up/${token}`,
          expiresAt,
        },
      };
    },

    list(): Promise<ServiceListing[]> {
      return repo.listServices();
    },

    /**
     * Disables the service and ends its staff's sessions at once. The sessions are ended again
     * after the commit: a sign-in that checked the service just before it was disabled has made
     * its session by then, and sign-in checks again after making one (auth.service.ts).
     */
    async disable(id: string): Promise<DisableOutcome> {
      const service = await repo.findService(id);
      if (!service) return { ok: false, problem: 'unknown' };
      const ended = await repo.disableService(id, clock().toISOString());
      if (ended === null) return { ok: false, problem: 'unknown' };
      if (ended === 'already') return { ok: false, problem: 'already-disabled' };
      const late = await repo.endStaffSessions(id);
      return { ok: true, name: service.name, sessionsEnded: ended + late };
    },

    /**
     * Uses a set-up link: the account gets its password and the link is used up. Any link that
     * cannot be used (unknown, used, expired, its service disabled) is the same refusal.
     * Answers the account's id, to sign it in.
     */
    async setUp(input: SetUpInput): Promise<string> {
      const invalid = () => new AppError('WM_SET_UP_LINK_INVALID');
      const tokenHash = hashToken(input.token);
      const link = await repo.liveLink(tokenHash, clock().toISOString());
      if (!link) throw invalid();
      if (await staffRefused(link.account_id)) throw invalid();
      // Hashed before the transaction: argon2id is slow on purpose, and holds no lock meanwhile.
      const passwordHash = await hashPassword(input.password);
      if (!(await repo.useLink(link, passwordHash, clock().toISOString()))) throw invalid();
      return link.account_id;
    },

    /** The service the account works for; the 404 for anyone who is not staff. */
    async mine(accountId: string): Promise<MyService> {
      const staff = await repo.staffOf(accountId);
      if (!staff) throw notFound();
      return { id: staff.service_id, name: staff.name, role: staff.role as StaffRole };
    },
  };
}

export type ServicesUseCases = ReturnType<typeof createServices>;
