// My crisis plan, to read: the crisis lines first, a calm reminder when it is due for review,
// the plan, and the ways to change, print, share in an emergency, or keep it on this device.
// This page's code is kept by the service worker so it opens with no network.
import '../../../domain/i18n/shared.messages.ts';
import '../../../domain/i18n/crisis-plan.messages.ts';
import '../../../domain/i18n/device-emergency.messages.ts';
import '../../../domain/i18n/network-web.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import '../../../domain/i18n/device-copy.messages.ts';
import { useEffect, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import { UNDO_WINDOW_DAYS } from '../../../domain/record/undo-window.ts';
import { CrisisLines } from '../../components/CrisisLines.tsx';
import { SignInFirst } from '../../components/guards.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PrintButton, PrintDate, SharedPlanTop } from '../../components/Print.tsx';
import { rememberReturnTo } from '../../lib/flash.ts';
import { lazyPart } from '../../lib/lazy.tsx';
import { type DeviceCrisisPlan, readDeviceCopy } from '../../lib/offline.ts';
import { useSession } from '../../lib/session.tsx';
import { ReviewReminder } from '../plans/ReviewReminder.tsx';
import { useRecord } from '../record/RecordContext.tsx';
import { sectionTitle } from '../record/section-title.ts';
import { AgreedLine } from '../suggestions/AgreedLine.tsx';
import { SuggestLink } from '../suggestions/SuggestLink.tsx';
import { CrisisPlanView } from './CrisisPlanView.tsx';

import {
  advanceChoiceDocuments,
  type CrisisPlanScreen,
  copyFor,
  useCrisisPlanScreen,
} from './crisis-plan.resource.ts';
import { DeviceCopySetting } from './DeviceCopySetting.tsx';

/** Views beside the plan (decision 0030): loaded on their own, never with the page. */
const CrisisPlanBeside = lazyPart(() =>
  import('../collaboration/CrisisPlanBeside.tsx').then((m) => m.CrisisPlanBeside),
);

function SavedOnDevice({
  copy,
  signedOut = false,
}: {
  copy: DeviceCrisisPlan;
  signedOut?: boolean;
}) {
  return (
    <div class="offline-banner" role="status">
      <p class="offline-banner__title">
        {t('device.savedOn', { when: formatDateTime(copy.savedAt) })}
      </p>
      <p>{t(signedOut ? 'device.signedOutExplained' : 'device.offlineExplained')}</p>
      {signedOut && (
        <p>
          <Link href="/sign-in" onClick={() => rememberReturnTo('/crisis-plan')}>
            {t('device.signInForLatest')}
          </Link>
        </p>
      )}
    </div>
  );
}

export function CrisisPlanPage() {
  const record = useRecord();
  const screen = useCrisisPlanScreen(record.personId, record.personName, record.isOwner);
  return (
    <>
      <PageHeading title={sectionTitle(record, 'crisis_plan', t('plans.crisis.title'))} />
      <PrintDate name={record.personName} />
      <CrisisLines />
      {!record.canWrite('crisis_plan') && <SuggestLink kind="crisis_plan" />}
      <Loaded
        resource={screen}
        historyHref={record.canWrite('crisis_plan') ? '/crisis-plan/history' : undefined}
      >
        {(data, empty) =>
          record.canWrite('crisis_plan') ? (
            <CrisisPlanContent
              personId={record.personId}
              displayName={record.personName}
              screen={data}
              empty={empty}
            />
          ) : (
            <SharedCrisisPlan personId={record.personId} screen={data} empty={empty} />
          )
        }
      </Loaded>
    </>
  );
}

/**
 * The plan as someone the person shared it with reads it: no change, no emergency links,
 * nothing kept on their device.
 */
function SharedCrisisPlan({
  personId,
  screen,
  empty,
}: {
  personId: string;
  screen: CrisisPlanScreen;
  empty: boolean;
}) {
  const record = useRecord();
  if (empty) return <p>{t('shared.crisisPlanEmpty', { name: record.personName })}</p>;
  return (
    <>
      <SharedPlanTop updatedAt={screen.updatedAt} />
      <AgreedLine agreed={screen.agreed} />
      <CrisisPlanView
        plan={screen.plan}
        contacts={screen.contacts}
        document={<AdvanceChoiceLink personId={personId} screen={screen} />}
      />
      <CrisisPlanBeside plan={screen.plan} />
    </>
  );
}

/** The advance choice document the plan names, or a word that it was removed. */
function AdvanceChoiceLink({ personId, screen }: { personId: string; screen: CrisisPlanScreen }) {
  const documentId = screen.plan.advanceChoiceDocumentId;
  const document = screen.documents.find((doc) => doc.id === documentId);
  if (document) {
    return (
      <p>
        <a href={advanceChoiceDocuments(personId).href(document.id)} download>
          {t('plans.crisis.advanceChoice.open', { name: document.fileName })}
        </a>
      </p>
    );
  }
  if (documentId !== null && screen.removedFileIds.includes(documentId)) {
    return <p>{t('upload.removedAfterWindow', { days: UNDO_WINDOW_DAYS })}</p>;
  }
  return null;
}

type ContentProps = {
  personId: string;
  displayName: string;
  screen: CrisisPlanScreen;
  empty: boolean;
};

function CrisisPlanContent({ personId, displayName, screen, empty }: ContentProps) {
  const offline = screen.source === 'device';
  const documentId = screen.plan.advanceChoiceDocumentId;
  const document = screen.documents.find((doc) => doc.id === documentId);
  const removedDocument = documentId !== null && screen.removedFileIds.includes(documentId);
  return (
    <>
      {offline && screen.deviceCopy && <SavedOnDevice copy={screen.deviceCopy} />}
      {empty ? (
        <>
          <p class="invite">{t('plans.crisis.empty')}</p>
          <p>
            <Link href="/crisis-plan/change" class="button">
              {t('plans.crisis.start')}
            </Link>
          </p>
        </>
      ) : (
        <>
          {!offline && <ReviewReminder lastReviewed={screen.plan.lastReviewed} />}
          {!offline && (
            <div class="button-group no-print">
              <Link href="/crisis-plan/change" class="button">
                {t('plans.crisis.change')}
              </Link>
              <PrintButton />
            </div>
          )}
          {screen.updatedAt && (
            <p class="meta">{t('plans.lastSaved', { when: formatDateTime(screen.updatedAt) })}</p>
          )}
          {/* Who wrote and agreed it, on screen and on paper; not known for the device copy. */}
          {!offline && <AgreedLine agreed={screen.agreed} />}
          <CrisisPlanView
            plan={screen.plan}
            contacts={screen.contacts}
            document={
              document ? (
                <p>
                  <a href={advanceChoiceDocuments(personId).href(document.id)} download>
                    {t('plans.crisis.advanceChoice.open', { name: document.fileName })}
                  </a>
                </p>
              ) : (
                removedDocument && (
                  <p>{t('upload.removedAfterWindow', { days: UNDO_WINDOW_DAYS })}</p>
                )
              )
            }
          />
          {!offline && <CrisisPlanBeside plan={screen.plan} />}
        </>
      )}
      {!offline && (
        <>
          <h2 class="no-print">{t('plans.crisis.more')}</h2>
          <ul class="links no-print">
            <li>
              <Link href="/crisis-plan/links">{t('links.title')}</Link>
            </li>
            {!empty && (
              <li>
                <Link href="/crisis-plan/history">{t('record.history')}</Link>
              </li>
            )}
            <li>
              <Link href="/support-network">{t('network.title')}</Link>
            </li>
            <li>
              <Link href="/plans">{t('plans.title')}</Link>
            </li>
          </ul>
          {!empty && (
            <DeviceCopySetting
              copy={screen.deviceCopy}
              makeCopy={() => copyFor(personId, displayName, screen)}
            />
          )}
        </>
      )}
    </>
  );
}

/**
 * The crisis plan when the live one cannot be shown: Waymark cannot be reached, or the session
 * timed out (signing out on purpose removes the copy, so a copy here means the person chose to
 * keep it and did not sign out). The copy on this device if there is one, and the crisis lines
 * whatever happens. Signed out with no copy, it is Sign in, as for every page of the record.
 */
export function DeviceCrisisPlanPage({ signedOut = false }: { signedOut?: boolean }) {
  const { check } = useSession();
  const [copy, setCopy] = useState<DeviceCrisisPlan | null | undefined>(undefined);
  useEffect(() => {
    readDeviceCopy().then(setCopy);
  }, []);
  const loading = (
    <p class="loading" role="status">
      {t('app.loading')}
    </p>
  );
  if (signedOut && copy === undefined) return loading;
  if (signedOut && copy === null) return <SignInFirst />;
  return (
    <>
      <PageHeading title={t('plans.crisis.title')} />
      <PrintDate />
      <CrisisLines />
      {copy === undefined ? (
        loading
      ) : copy ? (
        <>
          <SavedOnDevice copy={copy} signedOut={signedOut} />
          {copy.updatedAt && (
            <p class="meta">{t('plans.lastSaved', { when: formatDateTime(copy.updatedAt) })}</p>
          )}
          <CrisisPlanView plan={copy.plan} contacts={copy.contacts} />
        </>
      ) : (
        <div class="problem" role="alert">
          <p>{t('device.noCopy')}</p>
          <button type="button" class="button button--secondary" onClick={check}>
            {t('app.tryAgain')}
          </button>
        </div>
      )}
    </>
  );
}
