// A team's code, on the admin's Teams page (decision 0040): people type it on their Sharing page
// to connect to the team. The admin makes one, or a new one when the old one got about (the old
// one stops working at once), and can close the team. A team is given a code when it is added.
import { useState } from 'preact/hooks';
import { t } from '../../../domain/i18n/translate.ts';
import type { Team } from '../../../domain/services/teams.schema.ts';
import { ConfirmPanel } from '../../components/ConfirmPanel.tsx';
import { asApiError } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';
import { archiveTeam, newTeamCode, teamCode } from './services.resource.ts';

export function TeamCode({ team, onClosed }: { team: Team; onClosed: () => void }) {
  const code = useResource((signal) => teamCode(team.id, signal), [team.id]);
  const [made, setMade] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);
  const shown = made ?? (code.state.status === 'ready' ? code.state.data.code : null);

  const makeCode = async () => {
    setProblem(null);
    try {
      setMade((await newTeamCode(team.id)).code);
    } catch (error) {
      setProblem(asApiError(error).message);
    }
  };

  return (
    <>
      <p aria-live="polite">{shown ? t('teams.code.is', { code: shown }) : t('teams.code.none')}</p>
      {problem && <p class="field-error">{problem}</p>}
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={makeCode}>
          {shown
            ? t('teams.code.new', { name: team.name })
            : t('teams.code.make', { name: team.name })}
        </button>
        <button type="button" class="button button--secondary" onClick={() => setClosing(true)}>
          {t('teams.close', { name: team.name })}
        </button>
      </div>
      {closing && (
        <ConfirmPanel
          question={t('teams.close.question', { name: team.name })}
          yes={t('teams.close.yes')}
          onYes={async () => {
            await archiveTeam(team.id);
            onClosed();
          }}
          onCancel={() => setClosing(false)}
          onStale={onClosed}
        />
      )}
    </>
  );
}
