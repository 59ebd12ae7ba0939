// The browser's side of passkeys (decision 0041), with plain `navigator.credentials` calls: the
// server's options (WebAuthn's JSON forms, base64url for every byte string) turned into what
// the browser takes, and its answer turned back. Our own few lines instead of
// @simplewebauthn/browser: this is all of it, and it loads only with the passkey parts.
import type {
  AddPasskey,
  AuthenticationOptions,
  PasskeySignIn,
  RegistrationOptions,
} from '../../../domain/auth/passkey.schema.ts';

type Registered = AddPasskey['credential'];
type Transport = NonNullable<Registered['response']['transports']>[number];
const TRANSPORTS: readonly string[] = [
  'ble',
  'cable',
  'hybrid',
  'internal',
  'nfc',
  'smart-card',
  'usb',
];

export function toBase64url(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (const byte of view) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Whether this browser can make and use passkeys at all (a secure page, and WebAuthn). */
export function passkeysSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.isSecureContext === true &&
    typeof window.PublicKeyCredential === 'function' &&
    typeof navigator.credentials?.create === 'function'
  );
}

/**
 * The person cancelled, took too long, or the browser refused (WebAuthn answers all of these
 * with NotAllowedError, on purpose, so a page cannot tell which): nothing was made or used.
 */
export const wasDeclined = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'NotAllowedError' || error.name === 'AbortError');

const descriptors = (list: { id: string; transports?: string[] | undefined }[] = []) =>
  list.map((c) => ({
    id: fromBase64url(c.id),
    type: 'public-key' as const,
    ...(c.transports ? { transports: c.transports as AuthenticatorTransport[] } : {}),
  }));

/** Makes a passkey with the server's options; answers it in the form the server checks. */
export async function makePasskey(options: RegistrationOptions): Promise<Registered> {
  const made = (await navigator.credentials.create({
    publicKey: {
      challenge: fromBase64url(options.challenge),
      rp: options.rp,
      user: { ...options.user, id: fromBase64url(options.user.id) },
      pubKeyCredParams: options.pubKeyCredParams,
      ...(options.timeout ? { timeout: options.timeout } : {}),
      ...(options.attestation ? { attestation: options.attestation } : {}),
      excludeCredentials: descriptors(options.excludeCredentials),
      ...(options.authenticatorSelection
        ? { authenticatorSelection: options.authenticatorSelection }
        : {}),
    },
  })) as PublicKeyCredential | null;
  if (!made) throw new DOMException('No passkey', 'NotAllowedError');
  const response = made.response as AuthenticatorAttestationResponse;
  // Only the ways the server knows; a browser may name newer ones.
  const transports =
    typeof response.getTransports === 'function'
      ? (response.getTransports().filter((way) => TRANSPORTS.includes(way)) as Transport[])
      : undefined;
  const attachment = made.authenticatorAttachment;
  return {
    id: made.id,
    rawId: toBase64url(made.rawId),
    type: 'public-key',
    response: {
      clientDataJSON: toBase64url(response.clientDataJSON),
      attestationObject: toBase64url(response.attestationObject),
      ...(transports ? { transports } : {}),
    },
    ...(attachment === 'platform' || attachment === 'cross-platform'
      ? { authenticatorAttachment: attachment }
      : {}),
    clientExtensionResults: {},
  };
}

/** Asks the browser for one of the allowed passkeys to sign the server's challenge. */
export async function usePasskey(
  options: AuthenticationOptions,
): Promise<PasskeySignIn['credential']> {
  const used = (await navigator.credentials.get({
    publicKey: {
      challenge: fromBase64url(options.challenge),
      ...(options.rpId ? { rpId: options.rpId } : {}),
      ...(options.timeout ? { timeout: options.timeout } : {}),
      allowCredentials: descriptors(options.allowCredentials),
      ...(options.userVerification ? { userVerification: options.userVerification } : {}),
    },
  })) as PublicKeyCredential | null;
  if (!used) throw new DOMException('No passkey', 'NotAllowedError');
  const response = used.response as AuthenticatorAssertionResponse;
  return {
    id: used.id,
    rawId: toBase64url(used.rawId),
    type: 'public-key',
    response: {
      clientDataJSON: toBase64url(response.clientDataJSON),
      authenticatorData: toBase64url(response.authenticatorData),
      signature: toBase64url(response.signature),
      ...(response.userHandle ? { userHandle: toBase64url(response.userHandle) } : {}),
    },
    clientExtensionResults: {},
  };
}
