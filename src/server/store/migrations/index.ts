// The ordered list of migrations. Names are date-prefixed; they run forward only.
import type { Migration } from 'kysely/migration';
import * as foundation from './2026-11-25-0001-foundation.ts';
import * as plans from './2026-11-25-0002-plans.ts';
import * as checkinsJournal from './2026-11-26-0003-checkins-journal.ts';
import * as measures from './2026-11-26-0004-measures.ts';
import * as journalKeyChecks from './2026-11-29-0005-journal-key-checks.ts';
import * as sharedLimits from './2026-11-29-0006-shared-limits.ts';
import * as attachmentQuota from './2026-11-29-0007-attachment-quota.ts';
import * as storedJsonVersions from './2026-11-29-0008-stored-json-versions.ts';
import * as measuresMeaning from './2026-11-29-0009-measures-meaning.ts';
import * as attachmentIndexes from './2026-11-29-0010-attachment-indexes.ts';
import * as sharing from './2026-11-29-0011-sharing.ts';
import * as welcomeAndLinkLabels from './2026-11-30-0012-welcome-and-link-labels.ts';
import * as suggestions from './2026-11-30-0013-suggestions.ts';
import * as comments from './2026-11-30-0014-comments.ts';
import * as notifications from './2026-11-30-0015-notifications.ts';
import * as accountLanguage from './2026-11-30-0017-account-language.ts';
import * as services from './2026-11-30-0018-services.ts';
import * as secondFactor from './2026-11-30-0019-second-factor.ts';
import * as teams from './2026-11-30-0020-teams.ts';
import * as teamConnections from './2026-11-30-0021-team-connections.ts';
import * as passkeys from './2026-11-30-0022-passkeys.ts';
import * as serviceLibrary from './2026-11-30-0023-service-library.ts';
import * as reviews from './2026-11-30-0024-reviews.ts';
import * as passwordReset from './2026-11-30-0026-password-reset.ts';
import * as accountClosed from './2026-11-30-0027-account-closed.ts';
import * as apiTokens from './2026-11-30-0028-api-tokens.ts';
import * as teamInvitations from './2026-11-30-0029-team-invitations.ts';
import * as outcomes from './2026-11-30-0030-outcomes.ts';
import * as teamLeads from './2026-11-30-0031-team-leads.ts';
import * as outcomeCounts from './2026-12-01-0032-outcome-counts.ts';
import * as knownNameIndex from './2026-12-01-0033-known-name-index.ts';

export const migrations: Record<string, Migration> = {
  '2026-11-25-0001-foundation': foundation,
  '2026-11-25-0002-plans': plans,
  '2026-11-26-0003-checkins-journal': checkinsJournal,
  '2026-11-26-0004-measures': measures,
  '2026-11-29-0005-journal-key-checks': journalKeyChecks,
  '2026-11-29-0006-shared-limits': sharedLimits,
  '2026-11-29-0007-attachment-quota': attachmentQuota,
  '2026-11-29-0008-stored-json-versions': storedJsonVersions,
  '2026-11-29-0009-measures-meaning': measuresMeaning,
  '2026-11-29-0010-attachment-indexes': attachmentIndexes,
  '2026-11-29-0011-sharing': sharing,
  '2026-11-30-0012-welcome-and-link-labels': welcomeAndLinkLabels,
  '2026-11-30-0013-suggestions': suggestions,
  '2026-11-30-0014-comments': comments,
  '2026-11-30-0015-notifications': notifications,
  '2026-11-30-0017-account-language': accountLanguage,
  '2026-11-30-0018-services': services,
  '2026-11-30-0019-second-factor': secondFactor,
  '2026-11-30-0020-teams': teams,
  '2026-11-30-0021-team-connections': teamConnections,
  '2026-11-30-0022-passkeys': passkeys,
  '2026-11-30-0023-service-library': serviceLibrary,
  '2026-11-30-0024-reviews': reviews,
  '2026-11-30-0026-password-reset': passwordReset,
  '2026-11-30-0027-account-closed': accountClosed,
  '2026-11-30-0028-api-tokens': apiTokens,
  '2026-11-30-0029-team-invitations': teamInvitations,
  '2026-11-30-0030-outcomes': outcomes,
  '2026-11-30-0031-team-leads': teamLeads,
  '2026-12-01-0032-outcome-counts': outcomeCounts,
  '2026-12-01-0033-known-name-index': knownNameIndex,
};
