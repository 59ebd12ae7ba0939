// A page of its own for inviting someone and the invitations waiting, until the Sharing page
// places these parts (route /sharing/invite).
import { useState } from 'preact/hooks';
import { t } from '../../../domain/i18n/translate.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Invitations } from './Invitations.tsx';
import { InviteSomeone } from './InviteSomeone.tsx';

export function InvitePage() {
  const [made, setMade] = useState(0);
  return (
    <>
      <PageHeading title={t('invite.page.title')} />
      <InviteSomeone onCreated={() => setMade((n) => n + 1)} />
      <Invitations version={made} />
    </>
  );
}
