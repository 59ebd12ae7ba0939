// "Connect to a team" on the Sharing page (decision 0040): the person types the code the team
// gave them, sees which team and service it is, chooses what the team sees with the same
// choices as for anyone, and confirms. A wrong code is said on the code field.
import '../../../domain/i18n/team-connect.messages.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../domain/i18n/translate.ts';
import type { Section } from '../../../domain/record/sections.ts';
import type { TeamPreview } from '../../../domain/services/team-connect.schema.ts';
import { TextField } from '../../components/fields.tsx';
import { asApiError } from '../../lib/api.ts';
import { sentence } from '../../lib/own-words.tsx';
import { chosenSections, SectionChoices } from './SectionChoices.tsx';
import { connectTeam, previewTeam } from './team-connect.resource.ts';

type Problem = { message: string; onCode: boolean };

export function ConnectToTeam({
  personId,
  onConnected,
}: {
  personId: string;
  onConnected: (teamName: string) => void;
}) {
  const [code, setCode] = useState('');
  const [found, setFound] = useState<TeamPreview | null>(null);
  const [shared, setShared] = useState<ReadonlySet<Section>>(new Set());
  const [suggest, setSuggest] = useState<ReadonlySet<Section>>(new Set());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const foundHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (found) foundHeading.current?.focus();
  }, [found]);

  const fail = (error: unknown) => {
    const failure = asApiError(error);
    const onCode = failure.fields?.find((f) => f.field === 'code');
    setProblem({ message: onCode?.message ?? failure.message, onCode: onCode !== undefined });
  };

  const find = async (event: Event) => {
    event.preventDefault();
    if (code.trim() === '')
      return setProblem({ message: t('teamConnect.codeMissing'), onCode: true });
    setBusy(true);
    setProblem(null);
    try {
      setFound(await previewTeam(personId, code));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setFound(null);
    setCode('');
    setShared(new Set());
    setSuggest(new Set());
    setProblem(null);
  };

  const connect = async (event: Event) => {
    event.preventDefault();
    if (!found) return;
    setBusy(true);
    setProblem(null);
    try {
      await connectTeam(personId, {
        code,
        sections: chosenSections(shared, suggest),
        endsAt: null,
        advanceChoice: false,
      });
      reset();
      onConnected(found.teamName);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="connect-team-heading">
      <h2 id="connect-team-heading">{t('teamConnect.title')}</h2>
      <p>{t('teamConnect.intro')}</p>
      {problem && !problem.onCode && (
        <p role="alert" class="field-error">
          {problem.message}
        </p>
      )}
      {found === null ? (
        <form class="form" noValidate onSubmit={find}>
          <TextField
            id="team-code"
            label={t('teamConnect.code')}
            hint={t('teamConnect.codeHint')}
            value={code}
            error={problem?.onCode ? problem.message : undefined}
            autoComplete="off"
            spellcheck={false}
            width="half"
            onInput={setCode}
          />
          <button type="submit" class="button" disabled={busy}>
            {t('teamConnect.find')}
          </button>
        </form>
      ) : (
        <form class="form" noValidate onSubmit={connect}>
          <h3 ref={foundHeading} tabIndex={-1}>
            {sentence('teamConnect.found', { team: found.teamName, service: found.serviceName })}
          </h3>
          <SectionChoices
            id="team-sections"
            legend={sentence('teamConnect.sections', { team: found.teamName })}
            hint={t('teamConnect.sectionsHint')}
            shared={shared}
            suggest={suggest}
            onShared={setShared}
            onSuggest={setSuggest}
          />
          <div class="button-group">
            <button type="submit" class="button" disabled={busy}>
              {t('teamConnect.confirm')}
            </button>
            <button type="button" class="button button--secondary" onClick={reset}>
              {t('teamConnect.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
