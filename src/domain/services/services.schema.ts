// Services (issue 14, decision 0038): the shapes the operator's command and the set-up page
// share with the server.
import { emailAddress, newPassword } from '../auth/auth.schema.ts';
import { say } from '../i18n/said.ts';
import { LIMITS, requiredLine, z } from '../validation.ts';

/** How long a set-up link works, from when it was made (kept zod-free for the web's pages). */
export { SET_UP_LINK_DAYS } from './set-up-link.ts';

/** The staff roles a service has. */
export const STAFF_ROLES = ['service_admin', 'practitioner'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** `waymark service create`: the service and its first service admin. */
export const newServiceSchema = z.strictObject({
  name: requiredLine(LIMITS.name, () => say('validation.required.serviceName')),
  adminEmail: emailAddress(),
  adminName: requiredLine(LIMITS.name, () => say('validation.required.yourName')).optional(),
});
export type NewService = z.infer<typeof newServiceSchema>;

/** POST /api/set-up: the link's token and the password the service admin chooses. */
export const setUpSchema = z.strictObject({
  // Tokens are 43 characters; anything far longer is not one of ours.
  token: z.string().min(1).max(200),
  password: newPassword(),
});
export type SetUpInput = z.infer<typeof setUpSchema>;

/** GET /api/my-service: the service the signed-in staff member works for. */
export const myServiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(STAFF_ROLES),
});
export type MyService = z.infer<typeof myServiceSchema>;
