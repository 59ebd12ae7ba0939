// Builds the Fastify app without listening, so tests can use app.inject() on a real store.
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { ownerScope } from '../domain/access/scope.ts';
import type { Account } from '../domain/auth/auth.schema.ts';
import { installDateWords } from '../domain/date-words.ts';
import { loadAllWordsFromDisk } from '../domain/i18n/disk-words.ts';
import { locale } from '../domain/i18n/translate.ts';
import { myCareItemsForReview } from '../domain/reviews/my-care.ts';
import { explainDatesWith } from '../domain/validation.ts';
import type { Config } from './config.ts';
import { registerAboutMeRoutes } from './features/about-me/about-me.routes.ts';
import { createAccountRepo } from './features/account/account.repo.ts';
import { registerAccountRoutes } from './features/account/account.routes.ts';
import { type AccountService, createAccountService } from './features/account/account.service.ts';
import { createAccountSecurityService } from './features/account/account-security.service.ts';
import { createAccountClosureRepo } from './features/account-closure/account-closure.repo.ts';
import { registerAccountClosureRoutes } from './features/account-closure/account-closure.routes.ts';
import { createAccountClosure } from './features/account-closure/account-closure.service.ts';
import { createAttachmentRepo } from './features/attachments/attachments.repo.ts';
import { registerAttachmentRoutes } from './features/attachments/attachments.routes.ts';
import {
  type AttachmentService,
  createAttachmentService,
} from './features/attachments/attachments.service.ts';
import { createAuthRepo } from './features/auth/auth.repo.ts';
import { registerAuthRoutes } from './features/auth/auth.routes.ts';
import { type AuthService, createAuthService } from './features/auth/auth.service.ts';
import { createCaseloadRepo } from './features/caseload/caseload.repo.ts';
import { registerCaseloadRoutes } from './features/caseload/caseload.routes.ts';
import { createCaseload } from './features/caseload/caseload.service.ts';
import { createCheckinRepo } from './features/checkins/checkins.repo.ts';
import { registerCheckinRoutes } from './features/checkins/checkins.routes.ts';
import { type CheckinService, createCheckinService } from './features/checkins/checkins.service.ts';
import { registerAnnotationRoutes } from './features/collaboration/annotations.routes.ts';
import { createCollaborationRepo } from './features/collaboration/collaboration.repo.ts';
import {
  type CollaborationService,
  createCollaborationService,
} from './features/collaboration/collaboration.service.ts';
import { registerCommentRoutes } from './features/collaboration/comments.routes.ts';
import { registerCrisisLineRoutes } from './features/crisis-lines/crisis-lines.routes.ts';
import { createAlertRepo } from './features/early-warning-alerts/alerts.repo.ts';
import { registerAlertRoutes } from './features/early-warning-alerts/alerts.routes.ts';
import { createAlertService } from './features/early-warning-alerts/alerts.service.ts';
import { createEmergencyLinkRepo } from './features/emergency-links/emergency-links.repo.ts';
import { registerEmergencyLinkRoutes } from './features/emergency-links/emergency-links.routes.ts';
import {
  createEmergencyLinkService,
  type EmergencyLinkService,
} from './features/emergency-links/emergency-links.service.ts';
import { createExportRepo } from './features/export/export.repo.ts';
import { registerExportRoutes } from './features/export/export.routes.ts';
import { createExportService } from './features/export/export.service.ts';
import { createApiTokenRepo } from './features/fhir-api/api-tokens.repo.ts';
import { registerApiTokenRoutes } from './features/fhir-api/api-tokens.routes.ts';
import { createApiTokenService } from './features/fhir-api/api-tokens.service.ts';
import { registerFhirApiRoutes } from './features/fhir-api/fhir-api.routes.ts';
import { createFhirApiService } from './features/fhir-api/fhir-api.service.ts';
import { registerGoalRoutes } from './features/goals/goals.routes.ts';
import { createImportRepo } from './features/import/import.repo.ts';
import { registerImportRoutes } from './features/import/import.routes.ts';
import { createImportService } from './features/import/import.service.ts';
import { createInvitationRepo } from './features/invitations/invitations.repo.ts';
import { registerInvitationRoutes } from './features/invitations/invitations.routes.ts';
import { createInvitationService } from './features/invitations/invitations.service.ts';
import { createJournalRepo } from './features/journal/journal.repo.ts';
import { registerJournalRoutes } from './features/journal/journal.routes.ts';
import { createJournalService, type JournalService } from './features/journal/journal.service.ts';
import type { Keyring } from './features/journal/journal-crypto.ts';
import { lazyJournalKeyring } from './features/journal/journal-keys.ts';
import { registerLifeAreaRatingRoutes } from './features/life-area-ratings/life-area-ratings.routes.ts';
import { createLifeAreaRatingService } from './features/life-area-ratings/life-area-ratings.service.ts';
import { registerLifeAreaRoutes } from './features/life-areas/life-areas.routes.ts';
import { createDefaultLifeAreas } from './features/life-areas/life-areas.service.ts';
import { createHitCounter } from './features/limits/hit-counter.ts';
import {
  createMeasureAnswers,
  type MeasureAnswers,
} from './features/measures/measure-answers.service.ts';
import { createMeasureLibraryRepo } from './features/measures/measure-library.repo.ts';
import {
  createMeasureLibrary,
  type MeasureLibrary,
} from './features/measures/measure-library.service.ts';
import { createMeasureResponseRepo } from './features/measures/measure-responses.repo.ts';
import { registerMeasureResponseRoutes } from './features/measures/measure-responses.routes.ts';
import { createMeasureResponseService } from './features/measures/measure-responses.service.ts';
import { registerMeasureRoutes } from './features/measures/measures.routes.ts';
import { createMailer } from './features/notifications/mailer.ts';
import { createNotificationRepo } from './features/notifications/notifications.repo.ts';
import { registerNotificationRoutes } from './features/notifications/notifications.routes.ts';
import {
  createNotificationService,
  type NotificationService,
} from './features/notifications/notifications.service.ts';
import { registerOutcomeConsentRoutes } from './features/outcomes/outcome-consent.routes.ts';
import { createOutcomeConsentService } from './features/outcomes/outcome-consent.service.ts';
import { registerOutcomeReportRoutes } from './features/outcomes/outcome-reports.routes.ts';
import { createOutcomeReports } from './features/outcomes/outcome-reports.service.ts';
import { createReportReadersRepo } from './features/outcomes/report-readers.repo.ts';
import { createPasskeysRepo } from './features/passkeys/passkeys.repo.ts';
import { registerPasskeyRoutes } from './features/passkeys/passkeys.routes.ts';
import { createPasskeysService } from './features/passkeys/passkeys.service.ts';
import { createPasswordResetRepo } from './features/password-reset/password-reset.repo.ts';
import { registerPasswordResetRoutes } from './features/password-reset/password-reset.routes.ts';
import { createPasswordReset } from './features/password-reset/password-reset.service.ts';
import { registerPlanRoutes } from './features/plans/plans.routes.ts';
import { createRecordRepo } from './features/record/record.repo.ts';
import {
  type Clock,
  createRecordService,
  type RecordService,
} from './features/record/record.service.ts';
import { registerReminderRoutes } from './features/reminders/reminders.routes.ts';
import { createReminderService } from './features/reminders/reminders.service.ts';
import { createReviewRepo } from './features/reviews/reviews.repo.ts';
import { registerReviewRoutes } from './features/reviews/reviews.routes.ts';
import { createReviewService, type ReviewService } from './features/reviews/reviews.service.ts';
import { createSecondFactorRepo } from './features/second-factor/second-factor.repo.ts';
import { registerSecondFactorRoutes } from './features/second-factor/second-factor.routes.ts';
import {
  createSecondFactorService,
  type SecondFactorService,
} from './features/second-factor/second-factor.service.ts';
import { createMyCareItems, type MyCareItems } from './features/services/my-care-items.service.ts';
import { createServiceLibraryRepo } from './features/services/service-library.repo.ts';
import { registerServiceLibraryRoutes } from './features/services/service-library.routes.ts';
import {
  addedMeasuresOf,
  createServiceLibrary,
} from './features/services/service-library.service.ts';
import { createServicesRepo } from './features/services/services.repo.ts';
import { registerServiceRoutes } from './features/services/services.routes.ts';
import { createServices, type ServicesUseCases } from './features/services/services.service.ts';
import { createTeamsRepo } from './features/services/teams.repo.ts';
import { registerTeamRoutes } from './features/services/teams.routes.ts';
import { createTeams } from './features/services/teams.service.ts';
import {
  type AccessContextLoader,
  type AccessContextsLoader,
  createAccessContextLoader,
  createAccessContextsLoader,
  createPreviewContextLoader,
} from './features/sharing/access-context.ts';
import { registerAccessLogRoutes } from './features/sharing/access-log.routes.ts';
import {
  type AccessLog,
  createAccessLog,
  fhirReadLogger,
  readLogger,
} from './features/sharing/access-log.ts';
import { registerSharingRoutes } from './features/sharing/sharing.routes.ts';
import { createSharingService, type SharingService } from './features/sharing/sharing.service.ts';
import { createSuggestionRepo } from './features/suggestions/suggestions.repo.ts';
import { registerSuggestionRoutes } from './features/suggestions/suggestions.routes.ts';
import {
  createSuggestionService,
  type SuggestionService,
} from './features/suggestions/suggestions.service.ts';
import { registerSupportNetworkRoutes } from './features/support-network/support-network.routes.ts';
import { registerSupporterSpaceRoutes } from './features/supporter-space/supporter-space.routes.ts';
import { createTeamConnectionsRepo } from './features/team-connections/team-connections.repo.ts';
import { registerTeamConnectionRoutes } from './features/team-connections/team-connections.routes.ts';
import {
  createTeamConnections,
  type TeamConnections,
} from './features/team-connections/team-connections.service.ts';
import { createTeamInvitationsRepo } from './features/team-invitations/team-invitations.repo.ts';
import { registerTeamInvitationRoutes } from './features/team-invitations/team-invitations.routes.ts';
import { createTeamInvitations } from './features/team-invitations/team-invitations.service.ts';
import { registerAccessControl } from './http/access.ts';
import { registerCompression } from './http/compression.ts';
import { frameworkErrorHandler, registerErrorHandler } from './http/error-handler.ts';
import { registerHostCheck } from './http/host-check.ts';
import { registerJsonBodyParser } from './http/json-body.ts';
import { registerRequestLanguage } from './http/language.ts';
import { type LogStream, loggerOptions } from './http/logging.ts';
import { registerRateLimits } from './http/rate-limits.ts';
import { registerRequestTextCheck } from './http/request-text.ts';
import { serializerCompiler } from './http/response-serializer.ts';
import { registerSecurityHeaders } from './http/security.ts';
import { registerSessions } from './http/session.ts';
import { registerWebApp } from './http/web-app.ts';
import type { Store } from './store/db.ts';
import type { Database } from './store/schema.ts';

export type AppDeps = {
  config: Config;
  store: Store;
  clock?: Clock;
  logger?: boolean;
  /** Where log lines go instead of stdout, e.g. a test reading what was logged. */
  logStream?: LogStream;
  webRoot?: string;
  /** Journal keys already checked against the data (main.ts); otherwise read on first use. */
  journalKeyring?: Keyring;
  /** Where non-owners' reads are logged; a test may give one that fails. */
  accessLog?: Pick<AccessLog, 'append'>;
  /**
   * Where service outcome reports read (REPORTS_DATABASE_URL's replica, `openReportsDb`); the
   * main store when not given. Whoever opened it closes it (main.ts on shutdown).
   */
  reportsDb?: Kysely<Database>;
};
export type Services = {
  auth: AuthService;
  accounts: AccountService;
  records: RecordService;
  attachments: AttachmentService;
  emergencyLinks: EmergencyLinkService;
  checkins: CheckinService;
  /** Reviews done together (decision 0043). */
  reviews: ReviewService;
  journal: JournalService;
  sharing: SharingService;
  accessLog: AccessLog;
  measureLibrary: MeasureLibrary;
  measureAnswers: MeasureAnswers;
  suggestions: SuggestionService;
  notifications: NotificationService;
  collaboration: CollaborationService;
  /** Services and their staff (decision 0038): the operator's command uses the same use cases. */
  services: ServicesUseCases;
  /** Two-step sign-in (decision 0039); the demo seed turns it on for the demo practitioner. */
  secondFactor: SecondFactorService;
  /** A service's "my care" review items (decision 0042): reviews ask `myCareItemsFor`. */
  myCareItems: MyCareItems;
  /** The access context loader every record request uses (the demo writes through it too). */
  contextFor: AccessContextLoader;
  /** Its batch form: one account's contexts with many people at once (the caseload, 0044). */
  contextsFor: AccessContextsLoader;
  /** People's connections to teams, and who is connected to a staff member's teams (0040). */
  teamConnections: TeamConnections;
  /** The database reports read: the replica when one is configured, else the main store. */
  reportsDb: Kysely<Database>;
};

// Dates that are not real are refused saying what is wrong with them (decision 0023).
installDateWords({ locale, explainDatesWith });
// The server answers each person in their own language, so it holds every catalogue.
await loadAllWordsFromDisk();

export async function buildApp(
  deps: AppDeps,
): Promise<{ app: FastifyInstance; services: Services }> {
  const { config, store } = deps;
  // Reports only read, and at national scale read a lot: a replica takes that load off the
  // primary when REPORTS_DATABASE_URL is set (docs/scaling.md).
  const reportsDb = deps.reportsDb ?? store.db;
  const clock = deps.clock ?? (() => new Date());
  const app = Fastify({
    logger: deps.logger === false ? false : loggerOptions(config.logLevel, deps.logStream),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    frameworkErrors: frameworkErrorHandler,
  });
  // The API reads JSON only. Fastify also parses text/plain by default, a type any other
  // site's form or fetch may send without a CORS preflight; without a parser it gets 415.
  app.removeContentTypeParser('text/plain');
  registerJsonBodyParser(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // First of the hooks, and before the not-found handler takes the hooks it runs: every answer,
  // refusals included, is worded in the request's language.
  registerRequestLanguage(app);
  registerErrorHandler(app);
  const accessLog = createAccessLog(store.db, clock);
  const contextFor = createAccessContextLoader(store.db, clock);
  const contextsFor = createAccessContextsLoader(store.db, clock);
  const previewContextFor = createPreviewContextLoader(store.db, contextFor, clock);
  registerAccessControl(app, {
    contextFor,
    logRead: readLogger(deps.accessLog ?? accessLog),
    logFhirRead: fhirReadLogger(deps.accessLog ?? accessLog),
    previewContextFor,
  });
  registerRequestTextCheck(app);
  await registerSecurityHeaders(app);
  // After the security headers, so even this refusal carries them.
  registerHostCheck(app, config);
  await registerCompression(app);
  await app.register(cookie);

  const records = createRecordService(createRecordRepo(store.db), clock, (details) =>
    app.log.warn(details, 'A stored record item could not be read and was left out'),
  );
  // One repo: its per-request queries are compiled when it is made (store/compiled-query.ts).
  const authRepo = createAuthRepo(store.db);
  const services = createServices(createServicesRepo(store.db), clock, {
    publicOrigin: config.publicUrl.origin,
  });
  const accountRepo = createAccountRepo(store.db);
  const checkedKeyring = deps.journalKeyring;
  const journalKeys = checkedKeyring ? () => checkedKeyring : lazyJournalKeyring(config.journal);
  // Two-step sign-in keeps its secrets under the journal keys (decision 0039).
  const secondFactor = createSecondFactorService({
    repo: createSecondFactorRepo(store.db),
    accountRepo,
    authRepo,
    keyring: journalKeys,
    clock,
    signIn: config.signIn,
  });
  const auth = createAuthService(authRepo, clock, {
    staffRefused: services.staffRefused,
    session: config.session,
    signIn: config.signIn,
    secondFactor,
    onAccountCreated: async (account: Account) => {
      if (account.role !== 'person') return;
      await createDefaultLifeAreas(records, ownerScope(account.id, 'goals', 'write'));
    },
  });
  registerSessions(app, auth, config);
  // After the sessions: the write limit counts per account.
  const hitCounter = createHitCounter(store.db, clock);
  await registerRateLimits(app, hitCounter, config.writesPerMinute);
  const attachments = createAttachmentService(createAttachmentRepo(store.db), clock, {
    quotaBytes: config.storageQuotaBytes,
  });
  const emergencyLinks = createEmergencyLinkService(
    createEmergencyLinkRepo(store.db),
    records,
    clock,
    async (personId) => {
      return (await authRepo.findAccount(personId))?.display_name ?? '';
    },
    { contextFor, log: accessLog },
  );

  registerAuthRoutes(app, auth, config);
  registerServiceRoutes(app, services, auth, config);
  registerSecondFactorRoutes(app, secondFactor, auth, config);
  const passkeys = createPasskeysService({
    repo: createPasskeysRepo(store.db),
    secondFactor,
    clock,
  });
  registerPasskeyRoutes(app, passkeys, auth, config);
  const accounts = createAccountService(accountRepo, clock);
  const accountSecurity = createAccountSecurityService(accountRepo, authRepo, clock, {
    session: config.session,
    signIn: config.signIn,
  });
  registerAccountRoutes(app, accounts, accountSecurity, config);
  const closure = createAccountClosure(
    createAccountClosureRepo(store.db),
    authRepo,
    clock,
    config.signIn,
  );
  registerAccountClosureRoutes(app, closure, config);
  registerAboutMeRoutes(app, records);
  registerLifeAreaRoutes(app, records);
  registerGoalRoutes(app, records);
  registerSupportNetworkRoutes(app, records);
  registerSupporterSpaceRoutes(app, records);
  registerPlanRoutes(app, records, attachments);
  registerAttachmentRoutes(app, attachments);
  registerImportRoutes(
    app,
    createImportService(createImportRepo(store.db), journalKeys, clock, {
      quotaBytes: config.storageQuotaBytes,
    }),
  );
  registerEmergencyLinkRoutes(app, emergencyLinks);
  const mailer = createMailer(config.smtp, app.log);
  app.addHook('onClose', async () => mailer.close());
  const passwordReset = createPasswordReset(createPasswordResetRepo(store.db), clock, {
    publicOrigin: config.publicUrl.origin,
    mailer: config.smtp ? mailer : null,
    // Trying Waymark on one machine (no PUBLIC_URL): the link is written to the log instead.
    logLinks: config.smtp === null && config.publicUrl.local,
    log: app.log,
  });
  registerPasswordResetRoutes(app, passwordReset, app.log);
  // A set-up link is emailed only through SMTP: the log, where the mailer otherwise writes,
  // never holds a token.
  const teamsRepo = createTeamsRepo(store.db);
  const teams = createTeams(teamsRepo, clock, {
    publicOrigin: config.publicUrl.origin,
    mailer: config.smtp ? mailer : null,
    log: app.log,
    keyring: journalKeys,
  });
  registerTeamRoutes(app, teams);
  const libraryRepo = createServiceLibraryRepo(store.db);
  // "Which service is this person with" has one answer (its most recent team connection),
  // used for the service's "my care" items in reviews and its measures offered to its people.
  const teamConnectionsRepo = createTeamConnectionsRepo(store.db);
  const serviceMeasuresFor = async (personId: string) => {
    const serviceId = await teamConnectionsRepo.currentServiceOf(personId);
    return serviceId ? libraryRepo.offeredOwn(serviceId) : [];
  };
  const myCareItems = createMyCareItems(libraryRepo, clock, teamsRepo.adminServiceOf);
  registerServiceLibraryRoutes(
    app,
    createServiceLibrary(libraryRepo, clock, teamsRepo.adminServiceOf),
    myCareItems,
  );
  const notifications = createNotificationService({
    repo: createNotificationRepo(store.db),
    mailer,
    clock,
    publicOrigin: config.publicUrl.origin,
    log: app.log,
  });
  registerNotificationRoutes(app, notifications);
  const alerts = createAlertService({
    repo: createAlertRepo(store.db),
    contextFor,
    notifications,
    clock,
  });
  registerAlertRoutes(app, alerts);
  const checkins = createCheckinService(createCheckinRepo(store.db), records, clock, alerts);
  registerCheckinRoutes(app, records, checkins);
  registerLifeAreaRatingRoutes(app, records, createLifeAreaRatingService(records, clock));
  registerReminderRoutes(app, createReminderService(checkins, records, clock));
  // A person connected to a service's team rates that service's "my care" items (decision
  // 0042); everyone else the default three. The most recent connection's service leads.
  const myCareFor = async (personId: string) => {
    const serviceId = await teamConnectionsRepo.currentServiceOf(personId);
    if (!serviceId) return myCareItemsForReview();
    const items = await myCareItems.myCareItemsFor(serviceId);
    return myCareItemsForReview(items.map((item) => ({ id: item.id, words: item.label })));
  };
  const reviews = createReviewService(
    createReviewRepo(store.db),
    records,
    createRecordRepo(store.db).namesFor,
    clock,
    myCareFor,
  );
  registerReviewRoutes(app, reviews);
  const journal = createJournalService(createJournalRepo(store.db), journalKeys, clock);
  registerJournalRoutes(app, journal);
  const exportService = createExportService(
    createExportRepo(store.db),
    journalKeys,
    clock,
    config.publicUrl.origin,
  );
  registerExportRoutes(app, exportService);
  // The FHIR read API and the tokens the person issues for it (decision 0049).
  const apiTokenRepo = createApiTokenRepo(store.db);
  registerApiTokenRoutes(app, createApiTokenService(apiTokenRepo, clock, accessLog));
  registerFhirApiRoutes(app, {
    fhir: createFhirApiService(exportService, clock, config.publicUrl.origin),
    tokens: apiTokenRepo,
    clock,
    baseUrl: config.publicUrl.origin,
  });
  const sharing = createSharingService(store.db, clock, accessLog);
  registerSharingRoutes(app, { sharing, contextFor, previewContextFor, clock });
  // The person's choice to count in their services' outcome reports (decision 0051).
  registerOutcomeConsentRoutes(
    app,
    createOutcomeConsentService(store.db, clock, deps.accessLog ?? accessLog),
  );
  // Built-in measures are added on every start (only those missing), so an upgrade brings new ones.
  const measureLibrary = createMeasureLibrary(
    createMeasureLibraryRepo(store.db),
    clock,
    serviceMeasuresFor,
  );
  await measureLibrary.installBuiltIns();
  const measureResponses = createMeasureResponseService(createMeasureResponseRepo(store.db), clock);
  const measureAnswers = createMeasureAnswers(measureLibrary, measureResponses, records);
  registerMeasureRoutes(app, measureLibrary);
  registerMeasureResponseRoutes(app, measureAnswers, measureResponses);
  registerAccessLogRoutes(app, accessLog);
  const invitations = createInvitationService({
    repo: createInvitationRepo(store.db),
    sharing,
    log: deps.accessLog ?? accessLog,
    attempts: hitCounter,
    clock,
    notifications,
  });
  registerInvitationRoutes(app, invitations);
  // A person's connections to teams; a team member reads through them (decision 0040).
  const teamConnections = createTeamConnections({
    repo: teamConnectionsRepo,
    sharing,
    log: deps.accessLog ?? accessLog,
    attempts: hitCounter,
    keyring: journalKeys,
    clock,
  });
  registerTeamConnectionRoutes(app, teamConnections);
  // A team invites a person by email; they join through the same connect (decision 0050).
  registerTeamInvitationRoutes(
    app,
    createTeamInvitations({
      repo: createTeamInvitationsRepo(store.db),
      teamConnections,
      clock,
      options: {
        publicOrigin: config.publicUrl.origin,
        mailer: config.smtp ? mailer : null,
        logLinks: config.smtp === null && config.publicUrl.local,
        log: app.log,
      },
    }),
  );
  // Beside the record, never in it: comments and second views (decision 0030).
  const collaboration = createCollaborationService(
    createCollaborationRepo(store.db),
    records,
    deps.accessLog ?? accessLog,
    clock,
  );
  registerCommentRoutes(app, collaboration);
  registerAnnotationRoutes(app, records, collaboration);
  const suggestions = createSuggestionService({
    repo: createSuggestionRepo(store.db),
    records,
    log: deps.accessLog ?? accessLog,
    clock,
    notifications,
  });
  registerSuggestionRoutes(app, suggestions);
  // A practitioner's caseload: each connected person read through the access model (0044).
  registerCaseloadRoutes(
    app,
    createCaseload({
      repo: createCaseloadRepo(store.db),
      contextsFor,
      teamConnections,
      checkins,
      records,
      measureResponses,
      measureLibrary,
      reviews,
      log: deps.accessLog ?? accessLog,
      clock,
    }),
  );
  // A service's outcome reports (decision 0053): who may read them is decided on the main
  // database; the counts are read from `reportsDb`, the replica when REPORTS_DATABASE_URL is set
  // (decision 0054).
  registerOutcomeReportRoutes(
    app,
    createOutcomeReports({
      readers: createReportReadersRepo(store.db),
      reportsDb,
      addedMeasuresOf: addedMeasuresOf(libraryRepo),
      attempts: hitCounter,
    }),
  );
  registerCrisisLineRoutes(app, config.crisisLinesCountry);
  await registerWebApp(app, deps.webRoot, {
    quickExitUrl: config.quickExitUrl,
    crisisLinesCountry: config.crisisLinesCountry,
  });

  return {
    app,
    services: {
      auth,
      accounts,
      records,
      attachments,
      emergencyLinks,
      checkins,
      reviews,
      journal,
      sharing,
      accessLog,
      measureLibrary,
      measureAnswers,
      suggestions,
      notifications,
      collaboration,
      services,
      secondFactor,
      myCareItems,
      contextFor,
      contextsFor,
      teamConnections,
      reportsDb,
    },
  };
}
