// The database as Kysely sees it. Times are ISO 8601 UTC strings and JSON is text, on both
// SQLite and PostgreSQL, so the same queries return the same values on both.
import type { Insertable, Selectable } from 'kysely';

export interface AccountTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  role: string;
  created_at: string;
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
}

/** The current version of every item in a person's record. */
export interface RecordItemTable {
  person_id: string;
  id: string;
  kind: string;
  parent_id: string | null;
  position: number;
  data: string;
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
  content: string;
  created_at: string;
  deleted_at: string | null;
}

/** A link that shows the crisis plan read-only to whoever holds it, until it expires or is revoked. */
export interface EmergencyLinkTable {
  person_id: string;
  id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface EmergencyLinkViewTable {
  person_id: string;
  id: string;
  link_id: string;
  viewed_at: string;
}

export interface Database {
  account: AccountTable;
  session: SessionTable;
  login_failure: LoginFailureTable;
  record_item: RecordItemTable;
  record_revision: RecordRevisionTable;
  record_annotation: RecordAnnotationTable;
  attachment: AttachmentTable;
  emergency_link: EmergencyLinkTable;
  emergency_link_view: EmergencyLinkViewTable;
}

export type AccountRow = Selectable<AccountTable>;
export type SessionRow = Selectable<SessionTable>;
export type RecordItemRow = Selectable<RecordItemTable>;
export type NewRecordItem = Insertable<RecordItemTable>;
export type RecordRevisionRow = Selectable<RecordRevisionTable>;
export type AttachmentRow = Selectable<AttachmentTable>;
export type EmergencyLinkRow = Selectable<EmergencyLinkTable>;
export type EmergencyLinkViewRow = Selectable<EmergencyLinkViewTable>;
