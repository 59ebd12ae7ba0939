// "Keep my crisis plan on this device": off by default, explained plainly, and undone by
// turning it off or signing out.
import '../../../domain/i18n/device-emergency.messages.ts';
import { useState } from 'preact/hooks';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import {
  canKeepOnDevice,
  type DeviceCrisisPlan,
  removeDeviceCopy,
  writeDeviceCopy,
} from '../../lib/offline.ts';

type Props = {
  copy: DeviceCrisisPlan | null;
  /** Makes a fresh copy from what is on screen. */
  makeCopy: () => DeviceCrisisPlan;
};

export function DeviceCopySetting({ copy: initial, makeCopy }: Props) {
  const [copy, setCopy] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const turnOn = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const fresh = makeCopy();
      await writeDeviceCopy(fresh);
      setCopy(fresh);
      setMessage(t('device.turnedOn'));
    } catch {
      setProblem(t('device.failed'));
    } finally {
      setBusy(false);
    }
  };

  const turnOff = async () => {
    setBusy(true);
    setProblem(null);
    await removeDeviceCopy();
    setCopy(null);
    setMessage(t('device.turnedOff'));
    setBusy(false);
  };

  return (
    <section class="panel device no-print" aria-labelledby="device-title">
      <h2 id="device-title">{t('device.title')}</h2>
      <p>{t('device.what')}</p>
      <p class="device__warning">{t('device.warning')}</p>
      <p>{t('device.nothingElse')}</p>
      {!canKeepOnDevice() ? (
        <p class="meta">{t('device.unavailable')}</p>
      ) : (
        <>
          <p class="device__state">
            {copy ? t('device.on', { when: formatDateTime(copy.savedAt) }) : t('device.off')}
          </p>
          {copy ? (
            <button
              type="button"
              class="button button--secondary"
              disabled={busy}
              onClick={turnOff}
            >
              {t('device.turnOff')}
            </button>
          ) : (
            <button type="button" class="button" disabled={busy} onClick={turnOn}>
              {t('device.turnOn')}
            </button>
          )}
        </>
      )}
      <div role="status">{message && <p>{message}</p>}</div>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
    </section>
  );
}
