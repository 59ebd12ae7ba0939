// The person's emergency links: make one with an expiry they choose and, if they like, a name
// of their own for it (and rename it later), see the full link once (with a copy button and a
// QR code), see each time a link was opened, and turn one off at once.
import '../../../domain/i18n/crisis-plan.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import '../../../domain/i18n/emergency-links.messages.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import {
  emergencyLinkRenameSchema,
  newEmergencyLinkSchema,
} from '../../../domain/crisis/emergency-link.schema.ts';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import { CopyableLink } from '../../components/CopyableLink.tsx';
import { CrisisLines } from '../../components/CrisisLines.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Radios, TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError } from '../../lib/api.ts';
import { isConflict } from '../../lib/conflict.ts';
import { useForm, validate } from '../../lib/form.ts';
import { useResource } from '../../lib/resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import {
  type EmergencyLink,
  EXPIRY_CHOICES,
  emergencyLinks,
  linkUrl,
  type NewLink,
} from './emergency-links.resource.ts';
import { QrCode } from './QrCode.tsx';

function NewLinkPanel({ link }: { link: NewLink }) {
  const url = linkUrl(link.token);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section class="panel new-link" aria-labelledby="new-link-title">
      <h2 id="new-link-title" tabIndex={-1} ref={heading}>
        {t('links.new.title')}
      </h2>
      <p>{t('links.new.once')}</p>
      <p>{t('links.new.until', { when: formatDateTime(link.expiresAt) })}</p>
      <CopyableLink
        id="new-link-url"
        url={url}
        words={{
          label: t('links.new.url'),
          copy: t('links.copy'),
          copied: t('links.copied'),
          copyByHand: t('links.copyByHand'),
        }}
      />
      <h3>{t('links.qr.title')}</h3>
      <p class="hint">{t('links.qr.hint')}</p>
      <QrCode text={url} label={t('links.qr.label')} />
    </section>
  );
}

function statusText(link: EmergencyLink): string {
  if (link.status === 'revoked' && link.revokedAt)
    return t('links.revokedOn', { when: formatDateTime(link.revokedAt) });
  if (link.status === 'expired')
    return t('links.expiredOn', { when: formatDateTime(link.expiresAt) });
  return t('links.worksUntil', { when: formatDateTime(link.expiresAt) });
}

/** The person's name for the link, or when it was made if they gave it none. */
export function linkName(link: Pick<EmergencyLink, 'label' | 'createdAt'>): string {
  return link.label || t('links.madeOn', { when: formatDateTime(link.createdAt) });
}

/**
 * Renaming one link in place: the field opens with the current name and takes the focus; Save
 * or Cancel closes it and puts the focus back on "Rename" (keyboard and screen reader users do
 * not lose their place). A refusal is shown on the field and keeps what was typed.
 */
function RenameLink({
  link,
  onRename,
}: {
  link: EmergencyLink;
  onRename: (label: string) => Promise<boolean>;
}) {
  const [open, setOpen] = useState(false);
  const form = useForm({ label: link.label });
  const field = `rename-${link.id}`;
  const opener = `rename-button-${link.id}`;
  useEffect(() => {
    if (open) document.getElementById(field)?.focus();
  }, [open, field]);
  const close = () => {
    setOpen(false);
    form.clearErrors();
    // Once the card shows the button again (the list may have been read again meanwhile).
    requestAnimationFrame(() => document.getElementById(opener)?.focus());
  };
  const save = (event: Event) => {
    event.preventDefault();
    const checked = validate(emergencyLinkRenameSchema, { label: form.values.label });
    if (!checked.ok) return form.showErrors(checked.errors);
    form.clearErrors();
    return form.run(async () => {
      if (await onRename(checked.data.label)) close();
    });
  };
  if (!open)
    return (
      <button
        type="button"
        class="button button--secondary"
        id={opener}
        onClick={() => {
          form.set('label', link.label);
          setOpen(true);
        }}
      >
        {t('links.rename')} <span class="visually-hidden">{linkName(link)}</span>
      </button>
    );
  return (
    <form class="form rename-link" noValidate onSubmit={save}>
      <TextField
        id={field}
        label={t('links.rename.label')}
        hint={t('links.rename.hint')}
        width="half"
        value={form.values.label}
        error={form.errors.label ?? form.formError ?? undefined}
        onInput={(label) => form.set('label', label)}
      />
      <div class="button-group">
        <button type="submit" class="button" disabled={form.busy}>
          {t('links.rename.save')}
        </button>
        <button type="button" class="button button--secondary" onClick={close}>
          {t('links.rename.cancel')}
        </button>
      </div>
    </form>
  );
}

function LinkCard({
  link,
  onRevoke,
  onRename,
  busy,
}: {
  link: EmergencyLink;
  onRevoke: () => void;
  onRename: (label: string) => Promise<boolean>;
  busy: boolean;
}) {
  const made = formatDateTime(link.createdAt);
  return (
    <li class={`card link-card link-card--${link.status}`}>
      <h3 class="card__title">{linkName(link)}</h3>
      {link.label && <p class="meta">{t('links.madeOnShort', { when: made })}</p>}
      <p class="card__meta">
        <span class="tag">{t(`links.status.${link.status}`)}</span>
        <span>{statusText(link)}</span>
      </p>
      {link.views.length === 0 ? (
        <p>{t('links.views.none')}</p>
      ) : (
        <details class="details" open={link.views.length <= 5}>
          <summary>{t('links.views.count', { count: link.views.length })}</summary>
          <ul class="views">
            {[...link.views].reverse().map((when) => (
              <li key={when}>{formatDateTime(when)}</li>
            ))}
          </ul>
        </details>
      )}
      <div class="button-group">
        <RenameLink link={link} onRename={onRename} />
        {link.status === 'active' && (
          <button type="button" class="button button--secondary" disabled={busy} onClick={onRevoke}>
            {t('links.revoke')} <span class="visually-hidden">{linkName(link)}</span>
          </button>
        )}
      </div>
    </li>
  );
}

export function EmergencyLinksPage() {
  const record = useRecord();
  const calls = emergencyLinks(record.personId);
  const list = useResource(
    (signal) => calls.list(signal),
    [record.personId],
    (items) => items.length === 0,
  );
  const form = useForm({ hours: '24', label: '' });
  const notice = useNotice();
  const [created, setCreated] = useState<NewLink | null>(null);
  const [revoking, setRevoking] = useState(false);

  const create = (event: Event) => {
    event.preventDefault();
    notice.show(null);
    setCreated(null);
    const checked = validate(newEmergencyLinkSchema, {
      expiresInHours: Number(form.values.hours),
      label: form.values.label,
    });
    if (!checked.ok) return form.showErrors(checked.errors);
    form.clearErrors();
    return form.run(async () => {
      const link = await calls.create(checked.data);
      setCreated(link);
      form.set('label', '');
      list.refresh();
    });
  };

  const revoke = async (link: EmergencyLink) => {
    setRevoking(true);
    try {
      await calls.revoke(link);
      if (created?.id === link.id) setCreated(null);
      notice.show({ message: t('links.revoked', { name: linkName(link) }) });
    } catch (error) {
      // Revoked meanwhile in another tab: what the person asked for is done.
      const now = asApiError(error).current as Partial<EmergencyLink> | undefined;
      if (isConflict(error) && now?.status === 'revoked') {
        if (created?.id === link.id) setCreated(null);
        notice.show({ message: t('links.revoked', { name: linkName(link) }) });
      } else notice.show({ message: asApiError(error).message, problem: true });
    } finally {
      setRevoking(false);
      list.refresh();
    }
  };

  /** True when renamed; a refusal is thrown to the rename form, which shows it. */
  const rename = async (link: EmergencyLink, label: string): Promise<boolean> => {
    notice.show(null);
    try {
      const renamed = await calls.rename(link, label);
      notice.show({ message: t('links.renamed', { name: linkName(renamed) }) });
      return true;
    } catch (error) {
      if (!isConflict(error)) throw error;
      notice.show({ message: t('links.renamedElsewhere'), problem: true });
      return true;
    } finally {
      list.refresh();
    }
  };

  return (
    <>
      <PageHeading title={t('links.title')} />
      <p class="lead">{t('links.intro')}</p>
      <p>{t('links.intro2')}</p>
      <CrisisLines />
      <Notice state={notice} />
      {created && <NewLinkPanel key={created.id} link={created} />}
      <ErrorSummary
        errors={form.errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={(field) => (field === 'expiresInHours' ? 'hours-first' : field)}
      />
      <form class="form" noValidate onSubmit={create}>
        <Radios
          id="hours"
          label={t('links.expiry')}
          hint={t('links.expiry.hint')}
          value={form.values.hours}
          error={form.errors.expiresInHours}
          options={EXPIRY_CHOICES.map((hours) => ({
            value: String(hours),
            label: t(`links.expiry.${hours}`),
          }))}
          onChange={(hours) => form.set('hours', hours)}
        />
        <TextField
          id="label"
          label={t('links.label')}
          hint={t('links.label.hint')}
          width="half"
          value={form.values.label}
          error={form.errors.label}
          onInput={(label) => form.set('label', label)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('links.create')}
        </button>
      </form>
      <h2>{t('links.list.title')}</h2>
      <Loaded resource={list}>
        {(items, empty) =>
          empty ? (
            <p>{t('links.none')}</p>
          ) : (
            <ul class="cards">
              {[...items]
                .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                .map((link) => (
                  <LinkCard
                    key={link.id}
                    link={link}
                    busy={revoking}
                    onRevoke={() => revoke(link)}
                    onRename={(label) => rename(link, label)}
                  />
                ))}
            </ul>
          )
        }
      </Loaded>
      <p>
        <Link href="/crisis-plan">{t('plans.crisis.back')}</Link>
      </p>
    </>
  );
}
