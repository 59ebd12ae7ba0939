// Passkeys (WebAuthn, decision 0041), always for the account that asks: list, add (options, then
// the browser's answer checked by @simplewebauthn/server) and remove with the password; and a
// passkey as the second step of a sign-in, in place of the app's code. Every challenge is the
// server's own, kept for PASSKEY_CHALLENGE_MINUTES and taken once, whatever the answer. A refused
// answer changes nothing but the waits (the second step's, code-waits.ts).
import '../../../domain/i18n/second-factor.messages.ts';
import { randomUUID } from 'node:crypto';
import type { VerifiedRegistrationResponse } from '@simplewebauthn/server';
import { mustUseSecondFactor, type Role } from '../../../domain/auth/auth.schema.ts';
import {
  type AddPasskey,
  type AuthenticationOptions,
  PASSKEY_CHALLENGE_MINUTES,
  PASSKEYS_PER_ACCOUNT,
  type Passkey,
  type PasskeySignIn,
  type RegistrationOptions,
} from '../../../domain/auth/passkey.schema.ts';
import { AppError, notFound } from '../../../domain/errors.ts';
import type { PasskeyRow } from '../../store/schema.ts';
import type { Asker } from '../account/account-security.service.ts';
import type { Clock } from '../record/record.service.ts';
import type { SecondFactorService } from '../second-factor/second-factor.service.ts';
import type { ChallengePurpose, PasskeysRepo } from './passkeys.repo.ts';

/** Where the ceremony runs: this installation's origin (PUBLIC_URL), and its host as RP id. */
export type RelyingParty = { origin: string };

/** ES256, EdDSA and RS256: what passkeys use, without the experimental post-quantum ones. */
const ALGORITHMS = [-7, -8, -257];

/**
 * The WebAuthn library, loaded the first time a passkey is made or used: with what it brings it
 * is about 5 MiB of the server's memory, held all its life by a server where nobody has a passkey
 * (decision 0021, evening addendum). Node keeps the module once loaded.
 */
const webAuthn = () => import('@simplewebauthn/server');
const TIMEOUT_MS = 120_000;

const rpIdOf = (rp: RelyingParty) => new URL(rp.origin).hostname;
const notAccepted = () => new AppError('WM_PASSKEY_NOT_ACCEPTED');

/** The challenge the browser signed, read from its client data; undefined when unreadable. */
function signedChallenge(clientDataJSON: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8'));
    const challenge = (parsed as { challenge?: unknown } | null)?.challenge;
    return typeof challenge === 'string' && challenge.length <= 200 ? challenge : undefined;
  } catch {
    return undefined;
  }
}

const transportsOf = (row: PasskeyRow): string[] => {
  const parsed: unknown = JSON.parse(row.transports);
  return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
};

const present = (row: PasskeyRow): Passkey => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
});

export function createPasskeysService(deps: {
  repo: PasskeysRepo;
  secondFactor: SecondFactorService;
  clock: Clock;
}) {
  const { repo, clock } = deps;

  async function newChallenge(
    challenge: string,
    accountId: string,
    purpose: ChallengePurpose,
  ): Promise<void> {
    const now = clock();
    await repo.deleteChallengesBefore(
      new Date(now.getTime() - PASSKEY_CHALLENGE_MINUTES * 60_000).toISOString(),
    );
    await repo.insertChallenge(challenge, accountId, purpose, now.toISOString());
  }

  /** Takes the challenge the answer signed: it must be this account's, for this, and fresh. */
  async function takeChallenge(
    clientDataJSON: string,
    accountId: string,
    purpose: ChallengePurpose,
  ): Promise<string> {
    const challenge = signedChallenge(clientDataJSON);
    if (!challenge) throw notAccepted();
    const taken = await repo.takeChallenge(challenge, accountId, purpose);
    if (!taken) throw notAccepted();
    const age = clock().getTime() - Date.parse(taken.created_at);
    if (age > PASSKEY_CHALLENGE_MINUTES * 60_000) throw notAccepted();
    return challenge;
  }

  return {
    async list(accountId: string): Promise<Passkey[]> {
      return (await repo.list(accountId, PASSKEYS_PER_ACCOUNT)).map(present);
    },

    /** What the browser needs to make a passkey for this account on this site. */
    async registrationOptions(
      account: { id: string; email: string; displayName: string },
      rp: RelyingParty,
    ): Promise<RegistrationOptions> {
      if ((await repo.count(account.id)) >= PASSKEYS_PER_ACCOUNT)
        throw new AppError('WM_PASSKEY_LIMIT', { params: { max: PASSKEYS_PER_ACCOUNT } });
      const existing = await repo.list(account.id, PASSKEYS_PER_ACCOUNT);
      const options = await (await webAuthn()).generateRegistrationOptions({
        rpName: 'Waymark',
        rpID: rpIdOf(rp),
        // The account's random id, not its email: the handle says nothing about the person.
        userID: new TextEncoder().encode(account.id),
        userName: account.email,
        userDisplayName: account.displayName,
        timeout: TIMEOUT_MS,
        attestationType: 'none',
        // The same authenticator twice would be no second passkey at all.
        excludeCredentials: existing.map((row) => ({
          id: row.credential_id,
          transports: transportsOf(row),
        })),
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
        supportedAlgorithmIDs: ALGORITHMS,
      });
      await newChallenge(options.challenge, account.id, 'register');
      return options as RegistrationOptions;
    },

    /** Checks the browser's new passkey against the challenge handed out, and keeps it. */
    async add(accountId: string, input: AddPasskey, rp: RelyingParty): Promise<Passkey> {
      const { credential } = input;
      const expectedChallenge = await takeChallenge(
        credential.response.clientDataJSON,
        accountId,
        'register',
      );
      let verified: VerifiedRegistrationResponse;
      try {
        verified = await (await webAuthn()).verifyRegistrationResponse({
          response: { ...credential, clientExtensionResults: {} },
          expectedChallenge,
          expectedOrigin: rp.origin,
          expectedRPID: rpIdOf(rp),
          // A second factor is something the person has; the device's own lock is a bonus.
          requireUserVerification: false,
          supportedAlgorithmIDs: ALGORITHMS,
        });
      } catch {
        throw notAccepted();
      }
      if (!verified.verified) throw notAccepted();
      const info = verified.registrationInfo;
      if ((await repo.count(accountId)) >= PASSKEYS_PER_ACCOUNT)
        throw new AppError('WM_PASSKEY_LIMIT', { params: { max: PASSKEYS_PER_ACCOUNT } });
      const row: PasskeyRow = {
        account_id: accountId,
        id: randomUUID(),
        credential_id: info.credential.id,
        public_key: Buffer.from(info.credential.publicKey).toString('base64url'),
        counter: info.credential.counter,
        transports: JSON.stringify(credential.response.transports ?? []),
        name: input.name,
        created_at: clock().toISOString(),
        last_used_at: null,
      };
      if (!(await repo.insert(row))) throw new AppError('WM_PASSKEY_ALREADY_ADDED');
      return present(row);
    },

    /**
     * Removes one of the account's passkeys after its password. A staff account's last second
     * factor is kept (WM_PASSKEY_LAST_FACTOR): without one they would see nobody's record.
     */
    async remove(asker: Asker & { role: Role }, passkeyId: string, password: string) {
      await deps.secondFactor.checkPassword(asker, password);
      const result = await repo.remove(asker.accountId, passkeyId, mustUseSecondFactor(asker.role));
      if (result === 'missing') throw notFound();
      if (result === 'kept') throw new AppError('WM_PASSKEY_LAST_FACTOR');
    },

    /** For the second step of a sign-in: a challenge for one of the account's passkeys. */
    async signInOptions(
      pendingToken: string | undefined,
      rp: RelyingParty,
    ): Promise<AuthenticationOptions> {
      const { accountId } = await deps.secondFactor.pendingSignIn(pendingToken);
      const keys = await repo.list(accountId, PASSKEYS_PER_ACCOUNT);
      if (keys.length === 0) throw new AppError('WM_PASSKEY_NONE');
      const options = await (await webAuthn()).generateAuthenticationOptions({
        rpID: rpIdOf(rp),
        allowCredentials: keys.map((row) => ({
          id: row.credential_id,
          transports: transportsOf(row),
        })),
        userVerification: 'preferred',
        timeout: TIMEOUT_MS,
      });
      await newChallenge(options.challenge, accountId, 'sign-in');
      return options as AuthenticationOptions;
    },

    /**
     * The second step of a sign-in with a passkey: answers the account once the passkey signed
     * this sign-in's challenge. Counted and slowed like a wrong code; the sign-in keeps waiting.
     */
    async finishSignIn(
      pendingToken: string | undefined,
      input: PasskeySignIn,
      rp: RelyingParty,
    ): Promise<string> {
      const { accountId, tokenHash } = await deps.secondFactor.pendingSignIn(pendingToken);
      const attempt = await deps.secondFactor.beginTry(accountId);
      const { credential } = input;
      const expectedChallenge = await takeChallenge(
        credential.response.clientDataJSON,
        accountId,
        'sign-in',
      );
      const key = await repo.findByCredential(accountId, credential.id);
      if (!key) throw notAccepted();
      const storedCounter = Number(key.counter);
      let newCounter: number;
      try {
        const verified = await (await webAuthn()).verifyAuthenticationResponse({
          response: { ...credential, clientExtensionResults: {} },
          expectedChallenge,
          expectedOrigin: rp.origin,
          expectedRPID: rpIdOf(rp),
          credential: {
            id: key.credential_id,
            publicKey: new Uint8Array(Buffer.from(key.public_key, 'base64url')),
            counter: storedCounter,
            transports: transportsOf(key),
          },
          requireUserVerification: false,
        });
        if (!verified.verified) throw notAccepted();
        newCounter = verified.authenticationInfo.newCounter;
      } catch {
        throw notAccepted();
      }
      // Checked again as one update: two answers at once cannot both move the counter.
      if (
        !(await repo.recordUse(accountId, key.id, storedCounter, newCounter, clock().toISOString()))
      )
        throw notAccepted();
      await attempt.passed();
      await deps.secondFactor.endPendingSignIn(tokenHash);
      return accountId;
    },
  };
}

export type PasskeysService = ReturnType<typeof createPasskeysService>;
