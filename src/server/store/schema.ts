// The database as Kysely sees it. Times are ISO 8601 UTC strings and JSON is text, on both
// SQLite and PostgreSQL, so the same queries return the same values on both.
import type { Generated, Insertable, Selectable } from 'kysely';

export interface AccountTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  role: string;
  created_at: string;
  /** When the welcome after sign-up was first shown; null until then (migration 0012). */
  welcomed_at: string | null;
  /** The language the person chose (domain/i18n/languages.ts), or null: not chosen yet. */
  language: string | null;
  /** When the account was closed and its record erased (issue 15); null while open. */
  closed_at: string | null;
}

export interface SessionTable {
  token_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
}

export interface LoginFailureTable {
  id: string;
  email: string;
  created_at: string;
  /** The client's address (an IPv6 address as its /64); null on rows from before it was kept. */
  address: string | null;
  /** The known device the attempt came from, if any (its token's hash). */
  device_hash: string | null;
}

/** A browser that signed in to an account: its sign-in attempts skip the delays (decision 0007). */
export interface KnownDeviceTable {
  token_hash: string;
  account_id: string;
  created_at: string;
  expires_at: string;
}

/**
 * An account's authenticator-app secret (decision 0039): its base32 text sealed like journal
 * text under the journal keys, bound to the account. Not in use until `confirmed_at`.
 */
export interface SecondFactorTotpTable {
  account_id: string;
  key_id: string;
  iv: string;
  auth_tag: string;
  ciphertext: string;
  created_at: string;
  confirmed_at: string | null;
  /** The time step of the last code accepted; a code for it or an earlier step is refused. */
  last_used_step: number | null;
}

/** A one-time recovery code, kept only as a hash; `used_at` once it has been used. */
export interface SecondFactorRecoveryCodeTable {
  account_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

/** A wrong second-factor code, counted per account for the waits (decision 0039). */
export interface SecondFactorFailureTable {
  account_id: string;
  id: string;
  created_at: string;
}

/** A sign-in whose password was right, waiting for its second step: its token's hash only. */
export interface PendingSignInTable {
  token_hash: string;
  account_id: string;
  created_at: string;
}

/**
 * A passkey (WebAuthn, decision 0041): a second factor like the authenticator app. The
 * credential's id and public key are base64url, as the authenticator gave them; `transports`
 * is a JSON array of the ways a browser can reach it.
 */
export interface PasskeyTable {
  account_id: string;
  id: string;
  credential_id: string;
  public_key: string;
  /** The authenticator's signature counter (0 for most passkeys, which keep none). */
  counter: number | string;
  transports: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

/** A challenge handed out for adding a passkey or for a sign-in's second step: used once. */
export interface PasskeyChallengeTable {
  challenge: string;
  account_id: string;
  purpose: 'register' | 'sign-in';
  created_at: string;
}

/** A rate limit's counter, shared by every server process: hits since `window_start`. */
export interface RateLimitWindowTable {
  key: string;
  window_start: string;
  hits: number;
}

/** The current version of every item in a person's record. */
export interface RecordItemTable {
  person_id: string;
  id: string;
  kind: string;
  parent_id: string | null;
  position: number;
  data: string;
  /** The version of `data`'s shape for this kind (src/domain/record/stored-json.ts). */
  schema_version: number;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** Every version ever saved of an item, append-only, with who wrote and who agreed it. */
export interface RecordRevisionTable {
  person_id: string;
  item_id: string;
  version: number;
  kind: string;
  action: string;
  data: string;
  /** The version of `data`'s shape when this revision was written. */
  schema_version: number;
  authored_by: string;
  authored_role: string;
  agreed_by: string | null;
  agreed_at: string | null;
  created_at: string;
}

/** A practitioner's or supporter's view recorded beside the person's words, never over them. */
export interface RecordAnnotationTable {
  person_id: string;
  id: string;
  item_id: string;
  item_version: number;
  author_id: string;
  author_role: string;
  kind: string;
  text: string;
  created_at: string;
  /** What part of the item the view is about: a plan's field, a rated life area; '' for all. */
  part: string;
  /** The view a reply answers (kind 'reply'); null for a view. */
  reply_to: string | null;
  deleted_at: string | null;
}

/** Encouragement left on a goal or one of its steps; never part of the record (no revision). */
export interface RecordCommentTable {
  person_id: string;
  id: string;
  item_id: string;
  /** The step it is about; '' for the goal itself. */
  step_id: string;
  author_id: string;
  text: string;
  created_at: string;
  /** The person hid it for themselves. */
  hidden_at: string | null;
  deleted_at: string | null;
}

/** A file the person uploaded: an advance choice document or a photo for the safety plan. */
export interface AttachmentTable {
  person_id: string;
  id: string;
  purpose: string;
  media_type: string;
  file_name: string;
  byte_size: number;
  sha256: string;
  /** Empty once purged. */
  content: string;
  created_at: string;
  deleted_at: string | null;
  /** Each delete or undelete adds one; writes send it as If-Match. */
  version: number;
  /** When the bytes were removed, after the undo window, as no plan still named the file. */
  purged_at: string | null;
}

/** A link that shows the crisis plan read-only to whoever holds it, until it expires or is revoked. */
export interface EmergencyLinkTable {
  person_id: string;
  id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  /** 1 when made; revoking adds one. Revoke sends it as If-Match. */
  version: number;
  /** The person's own name for the link, for them only ('' when they gave none). */
  label: string;
}

/**
 * A bearer token the person gave a named app or service to read part of their record through
 * the FHIR read API (decision 0049). Only the SHA-256 of the token is kept.
 */
export interface ApiTokenTable {
  person_id: string;
  id: string;
  token_hash: string;
  /** The name the person gave the app or service. */
  name: string;
  /** SMART-style scopes, as a JSON array of strings (e.g. "patient/Goal.rs"). */
  scopes: string;
  created_at: string;
  ends_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface EmergencyLinkViewTable {
  person_id: string;
  id: string;
  link_id: string;
  viewed_at: string;
}

/** A quick check-in: scores on the person's scales at a moment, with an optional note. */
export interface CheckinTable {
  person_id: string;
  id: string;
  /** UTC, for ordering and charts. */
  taken_at: string;
  /** The person's own calendar date at that moment (from the offset they sent), for reminders. */
  taken_on: string;
  /** JSON: scale id → score. */
  scores: string;
  note: string;
  /** 1 = "for me only": never counted in a service report. */
  for_me_only: number;
  /** JSON: the warning-sign prompts the person said were present. */
  signs_present: string;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** A review done together (decision 0043): the person's, with its data as versioned JSON. */
export interface ReviewTable {
  person_id: string;
  id: string;
  /** JSON in the shape `schema_version` names (domain/reviews/review.schema.ts). */
  data: string;
  schema_version: number;
  version: number;
  /** Who started it: the person, or someone working on it with them. */
  created_by: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** Every version of a review, append-only, with who saved it. */
export interface ReviewRevisionTable {
  person_id: string;
  review_id: string;
  version: number;
  /** create, ratings, meeting, confirm, decline. */
  action: string;
  data: string;
  schema_version: number;
  authored_by: string;
  authored_role: string;
  created_at: string;
}

/** Every version of a check-in, append-only. */
export interface CheckinRevisionTable {
  person_id: string;
  checkin_id: string;
  version: number;
  action: string;
  taken_at: string;
  taken_on: string;
  scores: string;
  note: string;
  for_me_only: number;
  signs_present: string;
  authored_by: string;
  authored_role: string;
  created_at: string;
}

/** A journal entry; its text only as AES-256-GCM ciphertext (base64) with key id, IV and tag. */
export interface JournalEntryTable {
  person_id: string;
  id: string;
  entry_date: string;
  mood: number | null;
  key_id: string;
  iv: string;
  auth_tag: string;
  ciphertext: string;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** Every version of a journal entry, append-only, encrypted like the entry. */
export interface JournalRevisionTable {
  person_id: string;
  entry_id: string;
  version: number;
  action: string;
  entry_date: string;
  mood: number | null;
  key_id: string;
  iv: string;
  auth_tag: string;
  ciphertext: string;
  authored_by: string;
  authored_role: string;
  created_at: string;
}

/** One check value per journal key id: a fixed text encrypted under that key, never the key. */
export interface JournalKeyCheckTable {
  key_id: string;
  iv: string;
  auth_tag: string;
  ciphertext: string;
  created_at: string;
}

/** A measure in the installation's library (not person-owned): a FHIR Questionnaire as JSON. */
export interface MeasureTable {
  id: string;
  url: string;
  version: string;
  title: string;
  status: string;
  questionnaire: string;
  /** The skeleton as shipped, once a service has loaded its wording; null otherwise. */
  skeleton: string | null;
  /** `built-in` (measures/*.json) or `imported` (the CLI). */
  source: string;
  created_at: string;
  updated_at: string;
}

/** A person's answers to a measure: the QuestionnaireResponse and its scores, as JSON. */
export interface MeasureResponseTable {
  person_id: string;
  id: string;
  measure_id: string;
  /** Canonical url|version of the questionnaire answered. */
  questionnaire: string;
  response: string;
  scores: string;
  note: string;
  for_me_only: number;
  authored: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Every version of what the person may change on a response: its note and "for me only". */
export interface MeasureResponseRevisionTable {
  person_id: string;
  response_id: string;
  version: number;
  action: string;
  note: string;
  for_me_only: number;
  authored_by: string;
  authored_role: string;
  created_at: string;
}

/** One score of a response, FHIR Observation style, for time series and reports. */
export interface ObservationTable {
  person_id: string;
  id: string;
  response_id: string;
  measure_id: string;
  scale_id: string;
  code_system: string;
  code: string;
  display: string | null;
  /** The number as text (scores may be decimals). */
  value: string;
  effective_at: string;
  for_me_only: number;
  created_at: string;
  /** How many of the scale's items were answered, and how many it has; answered < total means
   * the score was prorated. Null on rows written before migration 0009. */
  items_answered: number | null;
  items_total: number | null;
}

/** Someone the person brought in; the role is the part they play for this person. */
export interface RelationshipTable {
  person_id: string;
  id: string;
  /** The account brought in; null for a team (migration 0021). */
  account_id: string | null;
  /** The team brought in; null for an account. Exactly one of the two is set. */
  team_id: string | null;
  /** family, friend, carer, peer_supporter, practitioner, other. */
  role: string;
  /** The name the person knows them by. */
  known_as: string;
  created_at: string;
  /** When the person ended (revoked) it. */
  ended_at: string | null;
}

/** One section the person shared with one relationship. */
export interface AccessGrantTable {
  person_id: string;
  relationship_id: string;
  section: string;
  /** view or suggest. */
  level: string;
  ends_at: string | null;
  /** 1 when the advance choice document goes with the crisis plan. */
  advance_choice: number;
}

export interface SharingStateTable {
  person_id: string;
  paused_at: string | null;
  pause_emergency_links: number;
}

/** An invitation; the token and the phone code are stored only as SHA-256 hashes. */
export interface InvitationTable {
  person_id: string;
  id: string;
  token_hash: string;
  code_hash: string;
  role: string;
  known_as: string;
  /** JSON: [{ section, level, endsAt, advanceChoice }]. */
  grants: string;
  created_at: string;
  expires_at: string;
  withdrawn_at: string | null;
  used_at: string | null;
  used_by: string | null;
}

export interface SharedJournalEntryTable {
  person_id: string;
  relationship_id: string;
  entry_id: string;
  created_at: string;
}

/** Append-only; each person's entries form a hash chain. Holds no record content. */
export interface AccessLogTable {
  person_id: string;
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string;
  actor_role: string;
  relationship_id: string | null;
  what: string;
  section: string | null;
  /** JSON, never record content. */
  detail: string;
  prev_hash: string;
  hash: string;
}

/** A proposed change to one item of a person's record, made against the version seen. */
export interface SuggestionTable {
  person_id: string;
  id: string;
  relationship_id: string;
  author_id: string;
  kind: string;
  /** Null for a new item. */
  item_id: string | null;
  /** The version the suggester saw; 0 when there was no item yet. */
  base_version: number;
  data: string;
  schema_version: number;
  status: string;
  changed: number;
  reply: string;
  created_at: string;
  decided_at: string | null;
  result_item_id: string | null;
  result_version: number | null;
}

/** One notification for one account: who and a link, never record content (migration 0015). */
export interface NotificationTable {
  account_id: string;
  id: string;
  kind: string;
  actor_name: string;
  about_person_id: string | null;
  link: string;
  created_at: string;
  read_at: string | null;
}

/** An account's choice for one kind of notification; no row means the default. */
export interface NotificationSettingTable {
  account_id: string;
  kind: string;
  in_app: number;
  email: number;
}

/** An email waiting to be sent, sent, or given up on after its tries (migration 0015). */
export interface EmailOutboxTable {
  id: string;
  account_id: string;
  to_address: string;
  subject: string;
  body: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  sent_at: string | null;
  failed_at: string | null;
  last_error: string | null;
}

/** A supporter the person chose to alert when they report an early warning sign. */
export interface EarlyWarningAlertTable {
  person_id: string;
  relationship_id: string;
  created_at: string;
}

/** An organisation that runs Waymark for the people it supports (issue 14, decision 0038). */
export interface ServiceTable {
  id: string;
  name: string;
  created_at: string;
  /** When the operator disabled it: its staff can no longer sign in. */
  disabled_at: string | null;
}

/** An account that works for one service, and its role there. */
export interface StaffMemberTable {
  account_id: string;
  service_id: string;
  /** `service_admin` or `practitioner`. */
  role: string;
  created_at: string;
  disabled_at: string | null;
}

/** A one-time link to choose a password: only the SHA-256 of its token is kept. */
export interface SetUpLinkTable {
  token_hash: string;
  account_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A one-time link to choose a new password after forgetting it; the same shape as a set-up link. */
export type PasswordResetTable = SetUpLinkTable;

/** A team within a service (issue 14); its name is unique within the service. */
export interface TeamTable {
  id: string;
  service_id: string;
  name: string;
  created_at: string;
  archived_at: string | null;
  /** SHA-256 of the team code people join with (migration 0021); null until one is made. */
  code_hash: string | null;
  /** What the server derives the code from, under the key named by code_key_id. */
  code_nonce: string | null;
  code_key_id: string | null;
}

/** A staff member in a team; kept with `removed_at` when they leave it. */
export interface TeamMemberTable {
  team_id: string;
  account_id: string;
  added_at: string;
  removed_at: string | null;
  /** 1 when the service admin made them the team's lead (decision 0053): they read its outcome reports. */
  lead: Generated<number>;
}

/** A team's invitation to a person, by email (decision 0050); the token only as SHA-256. */
export interface TeamInvitationTable {
  id: string;
  team_id: string;
  email: string;
  message: string | null;
  invited_by: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  ended_at: string | null;
  /** accepted, declined, withdrawn, or ended (the team, the sender or the account went). */
  outcome: string | null;
  answered_by: string | null;
}

/** A FHIR Questionnaire one service uploaded to its own library (decision 0042). */
export interface ServiceMeasureTable {
  id: string;
  service_id: string;
  url: string;
  version: string;
  title: string;
  status: string;
  questionnaire: string;
  added_by: string;
  created_at: string;
}

/** A measure a service has switched off in its library; no row means it is offered. */
export interface ServiceMeasureOffTable {
  service_id: string;
  measure_id: string;
  switched_off_at: string;
}

/** A service's "my care" list, once made: its version is what If-Match names. */
export interface ServiceMyCareTable {
  service_id: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One "my care" review item of a service; archived, never deleted. */
export interface MyCareItemTable {
  id: string;
  service_id: string;
  default_key: string | null;
  label: string | null;
  position: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

/** The person chose to count, anonymously, in their services' outcome reports (decision 0051). */
export interface OutcomeConsentTable {
  person_id: string;
  opted_in_at: string;
}

/**
 * Per person, series and month, the first and last value the person recorded that month, "for
 * me only" and deleted rows left out: the rollup outcome reports read (decision 0051).
 */
export interface OutcomeValueTable {
  person_id: string;
  /** checkin:<scale>, life_area:<key> or measure:<measure id>:<scale>. */
  series: string;
  /** YYYY-MM (UTC). */
  month: string;
  first_at: string;
  first_value: number;
  last_at: string;
  last_value: number;
}

/** A live goal: the month it was set, and the month its status first became achieved. */
export interface OutcomeGoalTable {
  person_id: string;
  goal_id: string;
  created_month: string;
  achieved_month: string | null;
}

/**
 * Kept outcome counts (decision 0055): not person-owned, no row names anyone. Per scope
 * ('service:<id>') and kept period (12 months, by its first month 'YYYY-MM').
 */
export interface OutcomePairCountTable {
  scope: string;
  from_month: string;
  series: string;
  first_value: number;
  latest_value: number;
  /** People whose first and latest values in the period were this pair. */
  people: number;
}

export interface OutcomePeriodCountTable {
  scope: string;
  from_month: string;
  goals_set: number;
  goals_achieved: number;
  reviews_held: number;
}

/** Signed counts of people by the months they were connected to the scope (decision 0055). */
export interface OutcomeMemberCountTable {
  scope: string;
  from_month: string;
  /** '9999-12' while connected. */
  to_month: string;
  people: number;
}

/** One row: 1 once every person who opted in is counted (decision 0055). */
export interface OutcomeCountStateTable {
  id: number;
  ready: number;
}

export interface Database {
  account: AccountTable;
  session: SessionTable;
  login_failure: LoginFailureTable;
  known_device: KnownDeviceTable;
  second_factor_totp: SecondFactorTotpTable;
  second_factor_recovery_code: SecondFactorRecoveryCodeTable;
  second_factor_failure: SecondFactorFailureTable;
  pending_sign_in: PendingSignInTable;
  passkey: PasskeyTable;
  passkey_challenge: PasskeyChallengeTable;
  rate_limit_window: RateLimitWindowTable;
  record_item: RecordItemTable;
  record_revision: RecordRevisionTable;
  record_annotation: RecordAnnotationTable;
  record_comment: RecordCommentTable;
  attachment: AttachmentTable;
  emergency_link: EmergencyLinkTable;
  api_token: ApiTokenTable;
  emergency_link_view: EmergencyLinkViewTable;
  measure: MeasureTable;
  measure_response: MeasureResponseTable;
  measure_response_revision: MeasureResponseRevisionTable;
  observation: ObservationTable;
  checkin: CheckinTable;
  review: ReviewTable;
  review_revision: ReviewRevisionTable;
  checkin_revision: CheckinRevisionTable;
  journal_entry: JournalEntryTable;
  journal_revision: JournalRevisionTable;
  journal_key_check: JournalKeyCheckTable;
  relationship: RelationshipTable;
  access_grant: AccessGrantTable;
  sharing_state: SharingStateTable;
  invitation: InvitationTable;
  shared_journal_entry: SharedJournalEntryTable;
  access_log: AccessLogTable;
  suggestion: SuggestionTable;
  notification: NotificationTable;
  notification_setting: NotificationSettingTable;
  email_outbox: EmailOutboxTable;
  early_warning_alert: EarlyWarningAlertTable;
  service: ServiceTable;
  staff_member: StaffMemberTable;
  set_up_link: SetUpLinkTable;
  team: TeamTable;
  team_member: TeamMemberTable;
  password_reset: PasswordResetTable;
  team_invitation: TeamInvitationTable;
  service_measure: ServiceMeasureTable;
  service_measure_off: ServiceMeasureOffTable;
  service_my_care: ServiceMyCareTable;
  my_care_item: MyCareItemTable;
  outcome_consent: OutcomeConsentTable;
  outcome_value: OutcomeValueTable;
  outcome_goal: OutcomeGoalTable;
  outcome_pair_count: OutcomePairCountTable;
  outcome_period_count: OutcomePeriodCountTable;
  outcome_member_count: OutcomeMemberCountTable;
  outcome_count_state: OutcomeCountStateTable;
}

export type AccountRow = Selectable<AccountTable>;
export type ServiceRow = Selectable<ServiceTable>;
export type StaffMemberRow = Selectable<StaffMemberTable>;
export type SetUpLinkRow = Selectable<SetUpLinkTable>;
export type TeamRow = Selectable<TeamTable>;
export type ServiceMeasureRow = Selectable<ServiceMeasureTable>;
export type TeamInvitationRow = Selectable<TeamInvitationTable>;
export type MyCareItemRow = Selectable<MyCareItemTable>;
export type OutcomeValueRow = Selectable<OutcomeValueTable>;
export type SuggestionRow = Selectable<SuggestionTable>;
export type SessionRow = Selectable<SessionTable>;
export type LoginFailureRow = Selectable<LoginFailureTable>;
export type KnownDeviceRow = Selectable<KnownDeviceTable>;
export type SecondFactorTotpRow = Selectable<SecondFactorTotpTable>;
export type PasskeyRow = Selectable<PasskeyTable>;
export type RecordItemRow = Selectable<RecordItemTable>;
export type NewRecordItem = Insertable<RecordItemTable>;
export type RecordRevisionRow = Selectable<RecordRevisionTable>;
export type AttachmentRow = Selectable<AttachmentTable>;
export type EmergencyLinkRow = Selectable<EmergencyLinkTable>;
export type EmergencyLinkViewRow = Selectable<EmergencyLinkViewTable>;
export type CheckinRow = Selectable<CheckinTable>;
export type CheckinRevisionRow = Selectable<CheckinRevisionTable>;
export type ReviewRow = Selectable<ReviewTable>;
export type ReviewRevisionRow = Selectable<ReviewRevisionTable>;
export type JournalEntryRow = Selectable<JournalEntryTable>;
export type JournalRevisionRow = Selectable<JournalRevisionTable>;
export type JournalKeyCheckRow = Selectable<JournalKeyCheckTable>;
export type MeasureRow = Selectable<MeasureTable>;
export type MeasureResponseRow = Selectable<MeasureResponseTable>;
export type MeasureResponseRevisionRow = Selectable<MeasureResponseRevisionTable>;
export type ObservationRow = Selectable<ObservationTable>;
