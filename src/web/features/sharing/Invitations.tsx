// The person's invitations not yet accepted, each with what it would share and a Withdraw
// button: a withdrawn invitation's link and code stop working at once.
import '../../../domain/i18n/invitations.messages.ts';
import { formatDate, formatDateTime, formatList, t } from '../../../domain/i18n/translate.ts';
import type { Section } from '../../../domain/record/sections.ts';
import type { Invitation } from '../../../domain/sharing/invitation.schema.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { asApiError } from '../../lib/api.ts';
import { sentence } from '../../lib/own-words.tsx';
import { useResource } from '../../lib/resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { invitations } from './invitations.resource.ts';

/** The sections an invitation offers, in plain words. */
export function offeredSections(invitation: Pick<Invitation, 'sections'>): string[] {
  return (Object.keys(invitation.sections) as Section[]).map((section) => t(`section.${section}`));
}

function InvitationCard({
  invitation,
  onWithdraw,
}: {
  invitation: Invitation;
  onWithdraw: () => void;
}) {
  const name = t('invitations.list.item', {
    name: invitation.knownAs,
    role: t(`supporting.role.${invitation.role}`),
  });
  const sections = offeredSections(invitation);
  return (
    <li class="card">
      <h3 class="card__title">{name}</h3>
      <p>
        {t('invitations.list.sees', {
          sections: sections.length > 0 ? formatList(sections) : t('invitations.list.seesNothing'),
        })}
      </p>
      <p class="card__meta">
        <span>{t('invitations.list.until', { when: formatDateTime(invitation.expiresAt) })}</span>
        {invitation.endsAt && (
          <span>{t('invitations.list.ends', { date: formatDate(invitation.endsAt) })}</span>
        )}
      </p>
      <button type="button" class="button button--secondary" onClick={onWithdraw}>
        {t('invitations.withdraw')} <span class="visually-hidden">{name}</span>
      </button>
    </li>
  );
}

/** `version` changes when an invitation was made elsewhere on the page, to load the list again. */
export function Invitations({ version = 0 }: { version?: number }) {
  const record = useRecord();
  const calls = invitations(record.personId);
  const list = useResource(
    (signal) => calls.list(signal),
    [record.personId, version],
    (items) => items.length === 0,
  );
  const notice = useNotice();

  const withdraw = async (invitation: Invitation) => {
    try {
      await calls.withdraw(invitation.id);
      notice.show({ message: sentence('invitations.withdrawn', { name: invitation.knownAs }) });
    } catch (error) {
      const problem = asApiError(error);
      // Used, expired or withdrawn meanwhile: it is no longer waiting either way.
      if (problem.status !== 404) notice.show({ message: problem.message, problem: true });
    } finally {
      list.refresh();
    }
  };

  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('invitations.list.title')}</h2>
      <Notice state={notice} />
      <Loaded resource={list}>
        {(items, empty) =>
          empty ? (
            <p>{t('invitations.list.none')}</p>
          ) : (
            <ul class="cards">
              {items.map((invitation) => (
                <InvitationCard
                  key={invitation.id}
                  invitation={invitation}
                  onWithdraw={() => withdraw(invitation)}
                />
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
