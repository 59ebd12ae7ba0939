// Settings, "Two-step sign-in" (decision 0039): set it up with any authenticator app (the key
// shown as text in groups of four for typing, and as an otpauth:// link for an app on this
// device), confirm it with a code, see the recovery codes once, and turn it off with the
// password. Loaded after the rest of Settings (lazyPart), like the password part.
import '../../../domain/i18n/second-factor.messages.ts';
import { useRef, useState } from 'preact/hooks';
import type {
  SecondFactorStatus,
  TotpEnrolment,
} from '../../../domain/auth/second-factor.schema.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { asApiError } from '../../lib/api.ts';
import { useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { useResource } from '../../lib/resource.ts';
import { useSecondFactorRequired } from '../../lib/session.tsx';
import { secondFactorApi } from './second-factor.resource.ts';

const schemas = () => import('../../../domain/auth/second-factor.schema.ts');
const confirmSchema = () => schemas().then((m) => m.totpConfirmSchema);
const offSchema = () => schemas().then((m) => m.secondFactorOffSchema);

/** The key in groups of four, as an app's "enter a setup key" box takes it. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? '';

type Props = { onErrors: (shown: boolean) => void };

export function TwoStepSettings({ onErrors }: Props) {
  const status = useResource((signal) => secondFactorApi.status(signal), []);
  const secondFactor = useSecondFactorRequired();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const notice = useNotice();
  const heading = useRef<HTMLHeadingElement>(null);
  const [startError, setStartError] = useState<string | null>(null);

  const start = async () => {
    notice.show(null);
    setStartError(null);
    try {
      setEnrolment(await secondFactorApi.start());
    } catch (error) {
      setStartError(asApiError(error).message);
    }
  };

  const done = (message: string) => {
    notice.show({ message });
    status.refresh();
    heading.current?.focus();
  };

  return (
    <section aria-labelledby="two-step-title">
      <h2 id="two-step-title" tabIndex={-1} ref={heading}>
        {t('twoStep.title')}
      </h2>
      <p>{t('twoStep.intro')}</p>
      {secondFactor.required && (
        <p class="problem" role="alert">
          {t('twoStep.staffMust')}
        </p>
      )}
      <Notice state={notice} />
      {recoveryCodes ? (
        <ShowRecoveryCodes
          codes={recoveryCodes}
          onSaved={() => {
            setRecoveryCodes(null);
            done(t('twoStep.turnedOn'));
          }}
        />
      ) : enrolment ? (
        <ConfirmApp
          enrolment={enrolment}
          onErrors={onErrors}
          onConfirmed={(codes) => {
            setEnrolment(null);
            setRecoveryCodes(codes);
            // Staff may open every page again (the server counts it on from now on).
            secondFactor.changed(true);
          }}
        />
      ) : (
        <Loaded resource={status}>
          {(data: SecondFactorStatus) =>
            data.totp ? (
              <>
                <p>{t('twoStep.on')}</p>
                <p>{t('twoStep.codesLeft', { count: data.recoveryCodesLeft })}</p>
                <TurnOff
                  onErrors={onErrors}
                  onTurnedOff={async () => {
                    // A passkey may still be a second factor (decision 0041): the server says.
                    const now = await secondFactorApi.status().catch(() => null);
                    secondFactor.changed(now?.on ?? false);
                    done(t('twoStep.turnedOff'));
                  }}
                />
              </>
            ) : (
              <>
                {/* A passkey is a second step too (decision 0041): not "off" then. */}
                <p>{t(data.on ? 'passkey.appOff' : 'twoStep.off')}</p>
                {startError && (
                  <p class="problem" role="alert">
                    {startError}
                  </p>
                )}
                <button type="button" class="button" onClick={start}>
                  {t('twoStep.start')}
                </button>
              </>
            )
          }
        </Loaded>
      )}
    </section>
  );
}

function ConfirmApp({
  enrolment,
  onErrors,
  onConfirmed,
}: Props & { enrolment: TotpEnrolment; onConfirmed: (codes: string[]) => void }) {
  const form = useForm({ code: '' }, onErrors);
  usePrefetch(confirmSchema);

  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const checked = await validate(confirmSchema, form.values);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      onErrors(false);
      const { recoveryCodes } = await secondFactorApi.confirm(checked.data);
      onConfirmed(recoveryCodes);
    });
  };

  return (
    <>
      <ErrorSummary
        errors={form.errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={() => 'twoStepCode'}
      />
      <p>{t('twoStep.keyIntro')}</p>
      <p>
        <span class="visually-hidden">{t('twoStep.key')}: </span>
        <code class="setup-key" data-testid="setup-key">
          {grouped(enrolment.secret)}
        </code>
      </p>
      <p>
        <a href={enrolment.uri}>{t('twoStep.link')}</a>
      </p>
      <p>{t('twoStep.codeIntro')}</p>
      <form class="form" noValidate onSubmit={submit}>
        <TextField
          id="twoStepCode"
          label={t('twoStep.code')}
          hint={t('twoStep.codeHint')}
          autoComplete="one-time-code"
          inputMode="numeric"
          spellcheck={false}
          width="half"
          value={form.values.code}
          error={form.errors.code}
          onInput={(value) => form.set('code', value)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('twoStep.confirm')}
        </button>
      </form>
    </>
  );
}

function ShowRecoveryCodes({ codes, onSaved }: { codes: string[]; onSaved: () => void }) {
  return (
    <div class="panel">
      <h3>{t('twoStep.codesTitle')}</h3>
      <p>{t('twoStep.codesIntro')}</p>
      <ul class="plain-list recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" class="button" onClick={onSaved}>
        {t('twoStep.saved')}
      </button>
    </div>
  );
}

function TurnOff({ onErrors, onTurnedOff }: Props & { onTurnedOff: () => void }) {
  const form = useForm({ currentPassword: '' }, onErrors);
  usePrefetch(offSchema);

  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const checked = await validate(offSchema, form.values);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      onErrors(false);
      await secondFactorApi.turnOff(checked.data);
      form.setValues({ currentPassword: '' });
      onTurnedOff();
    });
  };

  return (
    <>
      <h3>{t('twoStep.turnOff')}</h3>
      <p>{t('twoStep.turnOffIntro')}</p>
      <ErrorSummary
        errors={form.errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={() => 'twoStepPassword'}
      />
      <form class="form" noValidate onSubmit={submit}>
        <TextField
          id="twoStepPassword"
          label={t('twoStep.password')}
          type="password"
          autoComplete="current-password"
          width="half"
          value={form.values.currentPassword}
          error={form.errors.currentPassword}
          onInput={(value) => form.set('currentPassword', value)}
        />
        <button type="submit" class="button button--secondary" disabled={form.busy}>
          {t('twoStep.turnOff')}
        </button>
      </form>
    </>
  );
}
