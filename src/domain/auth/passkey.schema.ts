// Passkeys (WebAuthn, decision 0041): the shapes of the passkey routes, shared by the server and
// the web app. The options and answers follow the WebAuthn JSON forms (base64url for every byte
// string); each string and list is bounded, and the response schemas name only what a browser
// needs, so nothing else can leave the server.
import { say } from '../i18n/said.ts';
import { id, LIMITS, requiredLine, z } from '../validation.ts';

/** How many passkeys one account may keep: more than anyone needs, and a bound on the list. */
export const PASSKEYS_PER_ACCOUNT = 10;
/** How long a challenge may be answered after it was handed out. */
export const PASSKEY_CHALLENGE_MINUTES = 5;
export const PASSKEY_NAME_MAX = 60;

/** A byte string as WebAuthn's JSON forms write it: base64url without padding, bounded. */
const base64url = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+$/);

/** Credential ids are at most 1,023 bytes (WebAuthn Level 3): 1,364 characters of base64url. */
const credentialId = () => base64url(1_400);
const transport = z.enum(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);
const transports = z.array(transport).max(7);

const credentialDescriptor = z.object({
  id: credentialId(),
  type: z.literal('public-key'),
  transports: transports.optional(),
});

/** What `navigator.credentials.create` needs (PublicKeyCredentialCreationOptionsJSON). */
export const registrationOptionsSchema = z.object({
  challenge: z.string(),
  rp: z.object({ name: z.string(), id: z.string().optional() }),
  user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }),
  pubKeyCredParams: z.array(z.object({ alg: z.number().int(), type: z.literal('public-key') })),
  timeout: z.number().int().optional(),
  attestation: z.enum(['none', 'indirect', 'direct', 'enterprise']).optional(),
  excludeCredentials: z.array(credentialDescriptor).optional(),
  authenticatorSelection: z
    .object({
      authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
      residentKey: z.enum(['discouraged', 'preferred', 'required']).optional(),
      requireResidentKey: z.boolean().optional(),
      userVerification: z.enum(['discouraged', 'preferred', 'required']).optional(),
    })
    .optional(),
});
export type RegistrationOptions = z.infer<typeof registrationOptionsSchema>;

/** What `navigator.credentials.get` needs (PublicKeyCredentialRequestOptionsJSON). */
export const authenticationOptionsSchema = z.object({
  challenge: z.string(),
  rpId: z.string().optional(),
  timeout: z.number().int().optional(),
  allowCredentials: z.array(credentialDescriptor).optional(),
  userVerification: z.enum(['discouraged', 'preferred', 'required']).optional(),
});
export type AuthenticationOptions = z.infer<typeof authenticationOptionsSchema>;

/** A new passkey as the browser answers it (RegistrationResponseJSON), attestation "none". */
const registrationResponse = z.object({
  id: credentialId(),
  rawId: credentialId(),
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url(4_096),
    attestationObject: base64url(16_384),
    transports: transports.optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.object({}).default({}),
});

/** A passkey's answer to a challenge (AuthenticationResponseJSON). */
const authenticationResponse = z.object({
  id: credentialId(),
  rawId: credentialId(),
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url(4_096),
    authenticatorData: base64url(4_096),
    signature: base64url(1_024),
    userHandle: base64url(256).optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.object({}).default({}),
});

const passkeyName = () =>
  requiredLine(PASSKEY_NAME_MAX, () => say('validation.required.passkeyName'));

/** Adding a passkey: the name the person gives it, and what their browser answered. */
export const addPasskeySchema = z.strictObject({
  name: passkeyName(),
  credential: registrationResponse,
});
export type AddPasskey = z.input<typeof addPasskeySchema>;

/** The second step of signing in with a passkey. */
export const passkeySignInSchema = z.strictObject({ credential: authenticationResponse });
export type PasskeySignIn = z.input<typeof passkeySignInSchema>;

/** Removing a passkey: the current password again, as for turning the app off. */
export const removePasskeySchema = z.strictObject({
  currentPassword: z
    .string()
    .min(1, { error: () => say('validation.required.currentPassword') })
    .max(LIMITS.passwordMax, {
      error: () => say('validation.tooLong', { max: LIMITS.passwordMax }),
    }),
});
export type RemovePasskey = z.infer<typeof removePasskeySchema>;

export const passkeyParamsSchema = z.strictObject({ passkeyId: id() });

/** A passkey as its account sees it in Settings: never its key or credential id. */
export const passkeySchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type Passkey = z.infer<typeof passkeySchema>;

export const passkeyListSchema = z.object({ passkeys: z.array(passkeySchema) });
export type PasskeyList = z.infer<typeof passkeyListSchema>;
