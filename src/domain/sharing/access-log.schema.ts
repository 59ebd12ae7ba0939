// The access log as the API gives it to the person and the web reads it: who did what with
// which section and when. It never holds record content. Declared once, for both sides.
import { SECTIONS, SUPPORTER_SECTIONS } from '../record/sections.ts';
import { z } from '../validation.ts';

/** What happened. Kept open (a string): an older web app must still show newer kinds. */
export const KNOWN_ACCESS_LOG_EVENTS = [
  'viewed',
  'emergency_link_opened',
  'invitation_accepted',
  'access_changed',
  'access_revoked',
  'sharing_paused',
  'sharing_resumed',
  // Beside the record (decision 0030): who and where, never the words.
  'commented',
  'comment_deleted',
  'annotated',
  'annotation_deleted',
  'suggested',
  'suggestion_withdrawn',
  // A team (decision 0040): the person connected to it, or left it (or its whole service).
  'team_joined',
  'left_team',
  // An app's key for the FHIR read API (decision 0049): the person gave one, or took it back.
  'app_key_issued',
  'app_key_revoked',
  // The person chose to count, anonymously, in their services' outcome reports, or stopped
  // (decision 0051).
  'outcomes_opted_in',
  'outcomes_opted_out',
] as const;

/**
 * Who acted: the person themselves, someone they share with, an emergency link holder, or an
 * app or service reading through a token the person issued (decision 0049).
 */
export const ACCESS_LOG_ACTORS = ['you', 'someone', 'emergency_link', 'app'] as const;

export const ACCESS_LOG_PAGE = { min: 1, max: 200, default: 50 } as const;

export const accessLogEntrySchema = z.object({
  seq: z.number().int(),
  /** When (ISO time). */
  at: z.string(),
  who: z.object({
    kind: z.enum(ACCESS_LOG_ACTORS),
    /** The name the person knew them (or the app) by at the time ('' for "you" and links). */
    name: z.string(),
    /** Their role at the time (family, friend, carer, …), or "owner" / "emergency_link". */
    role: z.string(),
    /** The team they acted for, when the access came through a team (decision 0040). */
    team: z.string().optional(),
  }),
  relationshipId: z.string().nullable(),
  what: z.string(),
  section: z.enum([...SECTIONS, ...SUPPORTER_SECTIONS]).nullable(),
});
export type AccessLogEntryView = z.infer<typeof accessLogEntrySchema>;

/** `GET /api/people/:personId/access-log`: one page, newest first. */
export const accessLogPageSchema = z.object({
  items: z.array(accessLogEntrySchema),
  /** Pass as `before` for the next (older) page; null when this is the last one. */
  nextBefore: z.number().int().nullable(),
  /** Everyone in the whole log, by relationship, under their latest name (for the filter). */
  people: z.array(z.object({ relationshipId: z.string(), name: z.string(), role: z.string() })),
});
export type AccessLogPage = z.infer<typeof accessLogPageSchema>;

/** `GET /api/people/:personId/access-log/verify`: whether the hash chain is whole. */
export const accessLogCheckSchema = z.union([
  z.object({ ok: z.literal(true), entries: z.number().int() }),
  z.object({ ok: z.literal(false), brokenAt: z.number().int() }),
]);
export type AccessLogCheck = z.infer<typeof accessLogCheckSchema>;

/** The filters the list and the CSV share (all optional; empty, as a form sends it, is none). */
export const accessLogFilterSchema = z.object({
  person: z.string().max(100).optional(),
  section: z.union([z.enum(SECTIONS), z.literal('')]).optional(),
});
