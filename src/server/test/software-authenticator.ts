// A passkey authenticator in software, for the server tests (decision 0041): an EC P-256 key from
// node:crypto, with the attestation ("none") and assertions built byte by byte as WebAuthn Level
// 2 describes them (authenticator data, COSE key, CBOR), so the tests check the server against
// the standard rather than against the library it uses.
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import type {
  AuthenticationOptions,
  RegistrationOptions,
} from '../../domain/auth/passkey.schema.ts';

type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor>;

/** The few CBOR forms attestation needs (RFC 8949): integers, byte and text strings, maps. */
function cbor(value: Cbor): Buffer {
  const head = (major: number, n: number) => {
    if (n < 24) return Buffer.from([(major << 5) | n]);
    if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
    if (n < 0x10000) return Buffer.from([(major << 5) | 25, n >> 8, n & 0xff]);
    const b = Buffer.alloc(5);
    b[0] = (major << 5) | 26;
    b.writeUInt32BE(n, 1);
    return b;
  };
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const text = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, text.length), text]);
  }
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), value]);
  if (Array.isArray(value)) return Buffer.concat([head(4, value.length), ...value.map(cbor)]);
  const parts: Buffer[] = [head(5, value.size)];
  for (const [k, v] of value) parts.push(cbor(k), cbor(v));
  return Buffer.concat(parts);
}

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

const UP = 0x01;
const UV = 0x04;
const AT = 0x40;

export type SoftwarePasskey = {
  credentialId: string;
  privateKey: KeyObject;
  /** The signature counter it will send next (0: it keeps none, as most passkeys). */
  counter: number;
};

function authenticatorData(rpId: string, flags: number, counter: number, attested?: Buffer) {
  const count = Buffer.alloc(4);
  count.writeUInt32BE(counter);
  return Buffer.concat([
    sha256(rpId),
    Buffer.from([flags]),
    count,
    ...(attested ? [attested] : []),
  ]);
}

export function softwareAuthenticator(origin: string) {
  const rpId = new URL(origin).hostname;
  const clientData = (type: string, challenge: string, at = origin) =>
    Buffer.from(JSON.stringify({ type, challenge, origin: at, crossOrigin: false }), 'utf8');

  return {
    /** navigator.credentials.create: a new key pair, attested with "none". */
    create(options: RegistrationOptions, overrides: { origin?: string; challenge?: string } = {}) {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const jwk = publicKey.export({ format: 'jwk' });
      const coseKey = new Map<Cbor, Cbor>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, Buffer.from(jwk.x as string, 'base64url')],
        [-3, Buffer.from(jwk.y as string, 'base64url')],
      ]);
      const id = randomBytes(16);
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(id.length);
      const attested = Buffer.concat([Buffer.alloc(16), idLength, id, cbor(coseKey)]);
      const authData = authenticatorData(rpId, UP | UV | AT, 0, attested);
      const attestationObject = cbor(
        new Map<Cbor, Cbor>([
          ['fmt', 'none'],
          ['attStmt', new Map()],
          ['authData', authData],
        ]),
      );
      const passkey: SoftwarePasskey = { credentialId: b64url(id), privateKey, counter: 0 };
      const response = {
        id: passkey.credentialId,
        rawId: passkey.credentialId,
        type: 'public-key' as const,
        response: {
          clientDataJSON: b64url(
            clientData(
              'webauthn.create',
              overrides.challenge ?? options.challenge,
              overrides.origin,
            ),
          ),
          attestationObject: b64url(attestationObject),
          transports: ['internal' as const],
        },
        authenticatorAttachment: 'platform' as const,
        clientExtensionResults: {},
      };
      return { passkey, response };
    },

    /** navigator.credentials.get: `passkey` signs the challenge (and its counter moves on). */
    get(
      options: Pick<AuthenticationOptions, 'challenge'>,
      passkey: SoftwarePasskey,
      overrides: { origin?: string; challenge?: string; signWith?: KeyObject } = {},
    ) {
      const data = clientData(
        'webauthn.get',
        overrides.challenge ?? options.challenge,
        overrides.origin,
      );
      const authData = authenticatorData(rpId, UP | UV, passkey.counter);
      if (passkey.counter > 0) passkey.counter += 1;
      const signature = sign(
        'sha256',
        Buffer.concat([authData, sha256(data)]),
        overrides.signWith ?? passkey.privateKey,
      );
      return {
        id: passkey.credentialId,
        rawId: passkey.credentialId,
        type: 'public-key' as const,
        response: {
          clientDataJSON: b64url(data),
          authenticatorData: b64url(authData),
          signature: b64url(signature),
        },
        clientExtensionResults: {},
      };
    },
  };
}
