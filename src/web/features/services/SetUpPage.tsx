// The page a service admin's one-time set-up link opens (/set-up/:token): they choose a
// password, which signs them in, and land on their service's page. The link is checked only
// when the form is sent, so nothing about it is asked for before; a link that does not work
// (used, too old, unknown, its service switched off) says so in one way.
import '../../../domain/i18n/services.messages.ts';
import { useLocation } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { PasswordLinkForm } from '../../components/PasswordLinkForm.tsx';
import { keepDraftsOf } from '../../lib/draft-keep.ts';
import { setFlash } from '../../lib/flash.ts';
import { useSession } from '../../lib/session.tsx';
import { setUp } from './services.resource.ts';

const passwordSchema = () =>
  import('../../../domain/services/services.schema.ts').then((m) => m.setUpSchema);

export function SetUpPage({ token }: { token: string }) {
  const { start } = useSession();
  const [, navigate] = useLocation();
  return (
    <PasswordLinkForm
      token={token}
      schema={passwordSchema}
      words={{ title: t('setUp.title'), intro: t('setUp.intro'), submit: t('setUp.submit') }}
      gone={{
        title: t('setUp.gone.title'),
        body: t('setUp.gone.body'),
        link: { href: '/sign-in', label: t('setUp.signIn') },
      }}
      invalidCode="WM_SET_UP_LINK_INVALID"
      send={async (input) => {
        const session = await setUp(input);
        keepDraftsOf(session.account.id);
        start(session);
        setFlash({ message: t('setUp.done') });
        navigate('/', { replace: true });
      }}
    />
  );
}
