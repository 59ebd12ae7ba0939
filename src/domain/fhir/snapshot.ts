// Everything a person owns, as our own domain types: what an export gathers and an import gives
// back (decision 0045). Pure data, no ids of the installation's other people beyond the account
// ids that name who wrote a version. The server gathers it (journal text already decrypted, file
// bytes as base64) and writes it; the mapping to FHIR is to-bundle.ts and from-bundle.ts.
import type { GrantLevel, RelationshipRole } from '../access/context.ts';
import type { AttachmentPurpose } from '../attachments/file-type.ts';
import type { Role } from '../auth/auth.schema.ts';
import type { CheckinSettings, LifeAreaRatingSet } from '../checkins/checkins.schema.ts';
import type { LanguageCode } from '../i18n/languages.ts';
import type { ResponseItem } from '../measures/response.schema.ts';
import type {
  AfterCrisis,
  CrisisPlan,
  MovingOnPlan,
  SafetyPlan,
  StayingWellPlan,
  SupportContact,
} from '../record/plans.schema.ts';
import type {
  AboutMe,
  Goal,
  GoalNote,
  LifeArea,
  REVISION_ACTIONS,
} from '../record/record.schema.ts';
import type { ReviewData, StoredAction, StoredArea } from '../reviews/review.schema.ts';
import type { InvitableSection } from '../sharing/share-choices.ts';

/** Someone who wrote or agreed a version: their account on the exporting installation. */
export type Writer = { accountId: string; name: string; role: Role };

/**
 * What a version did. A record item's are `REVISION_ACTIONS`; a review's versions say which
 * part was saved (decision 0043): the ratings, the meeting, or an action confirmed or declined.
 */
export const VERSION_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'ratings',
  'meeting',
  'confirm',
  'decline',
] as const satisfies readonly [...typeof REVISION_ACTIONS, ...string[]];
export type VersionAction = (typeof VERSION_ACTIONS)[number];

/**
 * One saved version, summarised: who wrote it, who agreed it, when and how. The words of earlier
 * versions stay behind (decision 0045); only the item's current words travel.
 */
export type VersionSummary = {
  version: number;
  action: VersionAction;
  at: string;
  author: Writer;
  agreed: { by: Writer; at: string } | null;
};

/** An item of the record as it stands now, with the history of its versions (oldest first). */
export type Kept<T> = { id: string; data: T; updatedAt: string; history: VersionSummary[] };

export const PLAN_KINDS = [
  'staying_well',
  'crisis_plan',
  'safety_plan',
  'after_crisis',
  'moving_on',
] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export type PlanData = {
  staying_well: StayingWellPlan;
  crisis_plan: CrisisPlan;
  safety_plan: SafetyPlan;
  after_crisis: AfterCrisis;
  moving_on: MovingOnPlan;
};

/** A goal with its progress notes, in the person's order. */
export type GoalSnapshot = Kept<Goal> & { notes: Kept<GoalNote>[] };

/** One section shared with one relationship (an access_grant row). */
export type GrantSnapshot = {
  section: InvitableSection;
  level: GrantLevel;
  endsAt: string | null;
  /** The advance choice document goes with the crisis plan. */
  advanceChoice: boolean;
};

/**
 * Someone the person brought in and what they share with them. On another installation the
 * account is not there, so an import carries these for the person to see, never as access.
 */
export type RelationshipSnapshot = {
  id: string;
  role: RelationshipRole;
  knownAs: string;
  /** A connection to a team of a service (decision 0040), named as it was; null for a person. */
  team: { name: string; service: string } | null;
  since: string;
  grants: GrantSnapshot[];
  /** Journal entries shared with them one by one. */
  sharedJournalEntryIds: string[];
};

export type CheckinSnapshot = {
  id: string;
  /** UTC. */
  takenAt: string;
  /** The person's own calendar date at that moment. */
  takenOn: string;
  scores: Record<string, number>;
  note: string;
  forMeOnly: boolean;
  signsPresent: string[];
  updatedAt: string;
  history: VersionSummary[];
};

/** One score of a measure response (an observation row). */
export type ScoreSnapshot = {
  id: string;
  scaleId: string;
  system: string;
  code: string;
  display: string | null;
  value: number;
  effectiveAt: string;
  itemsAnswered: number | null;
  itemsTotal: number | null;
};

export type MeasureResponseSnapshot = {
  id: string;
  /** Canonical url|version of the questionnaire answered. */
  questionnaire: string;
  authored: string;
  /** The answers (QuestionnaireResponse items). */
  items: ResponseItem[];
  /** The stored scores with their explanations and risk signals, as JSON text. */
  scoreDetails: string;
  scores: ScoreSnapshot[];
  note: string;
  forMeOnly: boolean;
  updatedAt: string;
  history: VersionSummary[];
};

export type JournalEntrySnapshot = {
  id: string;
  date: string;
  mood: number | null;
  /** Decrypted for the person by the caller. */
  text: string;
  updatedAt: string;
  history: VersionSummary[];
};

export type AttachmentSnapshot = {
  id: string;
  purpose: AttachmentPurpose;
  mediaType: string;
  fileName: string;
  byteSize: number;
  /** Hex SHA-256 of the bytes, as stored; an import checks it against the bytes. */
  sha256: string;
  createdAt: string;
  /** The bytes, base64. */
  content: string;
};

/** An agreed action of a review; whoever added it is named like the writer of a version. */
export type ReviewActionSnapshot = Omit<
  StoredAction,
  'addedBy' | 'addedByRole' | 'addedElsewhere'
> & {
  addedBy: Writer;
};
export type ReviewAreaSnapshot = Omit<StoredArea, 'actions'> & { actions: ReviewActionSnapshot[] };
/** A review done together (decision 0043): the ratings, the areas talked about, the actions. */
export type ReviewSnapshotData = Omit<ReviewData, 'areas'> & { areas: ReviewAreaSnapshot[] };
/** A review, oldest first; `createdAt` keeps their order, so each shows beside the one before. */
export type ReviewSnapshot = Kept<ReviewSnapshotData> & { createdAt: string };

export type RecordSnapshot = {
  person: { id: string; name: string; email: string; language: LanguageCode | null };
  aboutMe: Kept<AboutMe> | null;
  /** In the person's order. */
  lifeAreas: Kept<LifeArea>[];
  goals: GoalSnapshot[];
  plans: { [K in PlanKind]: Kept<PlanData[K]> | null };
  supportNetwork: Kept<SupportContact>[];
  relationships: RelationshipSnapshot[];
  checkinSettings: Kept<CheckinSettings> | null;
  checkins: CheckinSnapshot[];
  lifeAreaRatings: Kept<LifeAreaRatingSet>[];
  measureResponses: MeasureResponseSnapshot[];
  journal: JournalEntrySnapshot[];
  attachments: AttachmentSnapshot[];
  reviews: ReviewSnapshot[];
};
