// The page a reset link opens (/reset-password/:token): the person chooses a new password, which
// signs them out everywhere, and goes on to sign in with it (so two-step sign-in still asks for
// its code). The link is checked only when the form is sent; one that does not work says so.
import '../../../domain/i18n/password-reset.messages.ts';
import { useLocation } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { CrisisLines } from '../../components/CrisisLines.tsx';
import { PasswordLinkForm } from '../../components/PasswordLinkForm.tsx';
import { setFlash } from '../../lib/flash.ts';
import { resetPassword } from './password-reset.resource.ts';

const resetSchema = () =>
  import('../../../domain/auth/password-reset.schema.ts').then((m) => m.resetPasswordSchema);

export function ResetPasswordPage({ token }: { token: string }) {
  const [, navigate] = useLocation();
  return (
    <>
      <PasswordLinkForm
        token={token}
        schema={resetSchema}
        words={{
          title: t('passwordReset.choose.title'),
          intro: t('passwordReset.choose.intro'),
          submit: t('passwordReset.choose.submit'),
        }}
        gone={{
          title: t('passwordReset.gone.title'),
          body: t('passwordReset.gone.body'),
          link: { href: '/forgot-password', label: t('passwordReset.gone.again') },
        }}
        invalidCode="WM_RESET_LINK_INVALID"
        send={async (input) => {
          await resetPassword(input);
          setFlash({ message: t('passwordReset.done') });
          navigate('/sign-in', { replace: true });
        }}
      />
      <CrisisLines />
    </>
  );
}
