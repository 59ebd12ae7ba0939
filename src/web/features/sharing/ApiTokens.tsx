// "Apps and services that read your record" on the Sharing page (decision 0049): the person
// gives a named app a key to read some parts of their record through the FHIR read API, until
// a day they choose. The key is shown once, with a copy button; the list says what each key
// reads, until when, and when it was last used, and takes a key back at once.
import '../../../domain/i18n/api-tokens.messages.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiToken, IssuedApiToken } from '../../../domain/fhir-api/api-tokens.schema.ts';
import { formatDate, formatList, t } from '../../../domain/i18n/translate.ts';
import { ConfirmPanel } from '../../components/ConfirmPanel.tsx';
import { CopyableLink } from '../../components/CopyableLink.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { CheckboxField, TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { issueApiToken, revokeApiToken, useApiTokens } from './api-tokens.resource.ts';

const issueSchema = () =>
  import('../../../domain/fhir-api/api-tokens.schema.ts').then((m) => m.issueApiTokenSchema);

/** What the person ticks, in plain words, and the scopes each gives. */
const GROUPS = {
  goals: ['patient/Goal.rs'],
  plans: ['patient/CarePlan.rs'],
  network: ['patient/RelatedPerson.rs', 'patient/CareTeam.rs'],
  checkins: ['patient/Observation.rs', 'patient/QuestionnaireResponse.rs'],
  about_me: ['patient/DocumentReference.rs'],
} as const;
type Group = keyof typeof GROUPS;
const GROUP_NAMES = Object.keys(GROUPS) as Group[];
/** Every key reads the person's name, and the note of what it was given. */
const ALWAYS = ['patient/Patient.rs', 'patient/Consent.rs'];

type Values = { name: string; groups: Partial<Record<Group, boolean>>; endsOn: string };
const EMPTY: Values = { name: '', groups: {}, endsOn: '' };

function idFor(field: string): string {
  if (field.startsWith('scopes')) return `api-token-group-${GROUP_NAMES[0]}`;
  return `api-token-${field}`;
}

function toInput(values: Values) {
  const ticked = GROUP_NAMES.filter((group) => values.groups[group]);
  return {
    name: values.name,
    scopes: ticked.length ? [...ALWAYS, ...ticked.flatMap((group) => GROUPS[group])] : [],
    endsOn: values.endsOn,
  };
}

/** The groups a key's scopes cover, in plain words. */
function readsOf(token: ApiToken): string {
  const all = token.scopes.includes('patient/*.rs');
  const groups = GROUP_NAMES.filter(
    (group) => all || GROUPS[group].every((scope) => token.scopes.includes(scope)),
  );
  return formatList(groups.map((group) => t(`apiTokens.group.${group}`)));
}

function IssuedPanel({ issued, onDone }: { issued: IssuedApiToken; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const name = issued.item.name;
  return (
    <section class="panel new-link" aria-labelledby="api-token-made">
      <h3 id="api-token-made" tabIndex={-1} ref={heading}>
        {t('apiTokens.madeHeading', { name })}
      </h3>
      <p>{t('apiTokens.madeIntro', { name })}</p>
      <p>{t('apiTokens.madeGuide', { date: formatDate(issued.item.endsAt) })}</p>
      <CopyableLink
        id="api-token-key"
        url={issued.token}
        words={{
          label: t('apiTokens.keyLabel'),
          copy: t('apiTokens.copy'),
          copied: t('apiTokens.copied'),
          copyByHand: t('apiTokens.copyByHand'),
        }}
      />
      <button type="button" class="button button--secondary" onClick={onDone}>
        {t('apiTokens.done')}
      </button>
    </section>
  );
}

function IssueForm({
  personId,
  onIssued,
}: {
  personId: string;
  onIssued: (i: IssuedApiToken) => void;
}) {
  const form = useForm<Values>(EMPTY);
  const { values } = form;
  usePrefetch(issueSchema);
  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const checked = await validate(issueSchema, toInput(values));
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      const issued = await issueApiToken(personId, checked.data);
      form.setValues(EMPTY);
      onIssued(issued);
    });
  };
  const scopeError = Object.entries(form.errors).find(([field]) => field.startsWith('scopes'))?.[1];
  return (
    <>
      <h3 id="api-token-form">{t('apiTokens.formHeading')}</h3>
      <ErrorSummary
        errors={form.errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={idFor}
      />
      <form class="form" noValidate onSubmit={submit} aria-labelledby="api-token-form">
        <TextField
          id="api-token-name"
          label={t('apiTokens.name')}
          hint={t('apiTokens.nameHint')}
          value={values.name}
          error={form.errors.name}
          autoComplete="off"
          width="half"
          onInput={(name) => form.set('name', name)}
        />
        <fieldset class="fieldset" aria-describedby="api-token-what-hint">
          <legend class="label">{t('apiTokens.what')}</legend>
          <p class="hint" id="api-token-what-hint">
            {t('apiTokens.whatHint')}
          </p>
          {GROUP_NAMES.map((group, index) => (
            <CheckboxField
              key={group}
              id={`api-token-group-${group}`}
              label={t(`apiTokens.group.${group}`)}
              error={index === 0 ? scopeError : undefined}
              checked={values.groups[group] === true}
              onChange={(ticked) => form.set('groups', { ...values.groups, [group]: ticked })}
            />
          ))}
        </fieldset>
        <DateField
          id="api-token-endsOn"
          label={t('apiTokens.endsOn')}
          hint={t('apiTokens.endsOnHint')}
          value={values.endsOn}
          error={form.errors.endsOn}
          onInput={(endsOn) => form.set('endsOn', endsOn)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('apiTokens.create')}
        </button>
      </form>
    </>
  );
}

function TokenCard({
  personId,
  token,
  onRevoked,
}: {
  personId: string;
  token: ApiToken;
  onRevoked: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const name = token.name;
  return (
    <li class="card">
      <h4 class="card__title" dir="auto">
        {name}
      </h4>
      <p>{t('apiTokens.reads', { list: readsOf(token) })}</p>
      <p>{t('apiTokens.made', { date: formatDate(token.createdAt) })}</p>
      {token.status === 'active' ? (
        <p>{t('apiTokens.ends', { date: formatDate(token.endsAt) })}</p>
      ) : (
        <p>
          <strong>{t(`apiTokens.status.${token.status}`)}</strong>
        </p>
      )}
      <p>
        {token.lastUsedAt
          ? t('apiTokens.lastUsed', { date: formatDate(token.lastUsedAt) })
          : t('apiTokens.neverUsed')}
      </p>
      <div role="status">{done && <p>{t('apiTokens.revoked', { name })}</p>}</div>
      {token.status === 'active' &&
        (asking ? (
          <ConfirmPanel
            question={t('apiTokens.revokeQuestion', { name })}
            yes={t('apiTokens.revokeYes')}
            onYes={async () => {
              await revokeApiToken(personId, token.id);
              setAsking(false);
              setDone(true);
              onRevoked();
            }}
            onCancel={() => setAsking(false)}
            onStale={onRevoked}
          />
        ) : (
          <button
            type="button"
            class="button button--secondary"
            aria-label={t('apiTokens.revokeFor', { name })}
            onClick={() => setAsking(true)}
          >
            {t('apiTokens.revoke')}
          </button>
        ))}
    </li>
  );
}

/** The section of the Sharing page; the person's own record (owner only). */
export function ApiTokens({ personId }: { personId: string }) {
  const tokens = useApiTokens(personId);
  const [issued, setIssued] = useState<IssuedApiToken | null>(null);
  return (
    <section aria-labelledby="api-tokens-heading">
      <h2 id="api-tokens-heading">{t('apiTokens.heading')}</h2>
      <p>{t('apiTokens.intro')}</p>
      {issued ? (
        <IssuedPanel issued={issued} onDone={() => setIssued(null)} />
      ) : (
        <IssueForm
          personId={personId}
          onIssued={(made) => {
            setIssued(made);
            tokens.refresh();
          }}
        />
      )}
      <h3>{t('apiTokens.listHeading')}</h3>
      <Loaded resource={tokens}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('apiTokens.empty')}</p>
          ) : (
            <ul class="cards">
              {items.map((token) => (
                <TokenCard
                  key={token.id}
                  personId={personId}
                  token={token}
                  onRevoked={tokens.refresh}
                />
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
