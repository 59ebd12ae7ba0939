// The person's side of sharing: who has access, changing or ending it, pausing it all, the
// preview of what one person sees, single journal entries, and the notices the other person
// gets when told. Declared once: the server's schemas and the web's hooks use these shapes.
import { SECTIONS } from '../record/sections.ts';
import { id, z } from '../validation.ts';
import { SHARE_ROLES, SHAREABLE_SECTIONS } from './share-choices.ts';

export { SHAREABLE_SECTIONS } from './share-choices.ts';

/** What the person can choose for each section: nothing, to view it, or to suggest changes. */
export const OFFERED_LEVELS = ['none', 'view', 'suggest'] as const;

export const sharedSectionsSchema = z.partialRecord(
  z.enum(SHAREABLE_SECTIONS),
  z.enum(OFFERED_LEVELS),
);
export type SharedSections = z.infer<typeof sharedSectionsSchema>;

/** One person with access, as the owner sees them on the Sharing page. */
export const personWithAccessSchema = z.object({
  relationshipId: z.string(),
  /** The name on the other person's account. */
  accountName: z.string(),
  /** The name the person knows them by. */
  knownAs: z.string(),
  role: z.enum(SHARE_ROLES),
  /** Sections with a grant and its level; a section missing here is not shared. */
  sections: z.partialRecord(z.enum(SECTIONS), z.enum(['view', 'suggest'])),
  endsAt: z.string().nullable(),
  /** Whether the advance choice document goes with the crisis plan. */
  advanceChoice: z.boolean(),
  since: z.string(),
  /**
   * Set when this is a team the person connected to (decision 0040): the team's access is
   * changed, paused and stopped like anyone's, and the person may leave the team or its service.
   */
  team: z
    .object({ id: z.string(), name: z.string(), serviceId: z.string(), serviceName: z.string() })
    .optional(),
});
export type PersonWithAccess = z.infer<typeof personWithAccessSchema>;

/** `GET /api/people/:personId/sharing`. */
export const sharingOverviewSchema = z.object({
  paused: z.boolean(),
  pausedEmergencyLinks: z.boolean(),
  people: z.array(personWithAccessSchema),
});
export type SharingOverview = z.infer<typeof sharingOverviewSchema>;

/** `PUT /api/people/:personId/sharing/:relationshipId`: the whole new grant, applied at once. */
export const changeSharingSchema = z.object({
  sections: sharedSectionsSchema,
  /** The end of this access (ISO time, in the future), or null for no end date. */
  endsAt: z.iso.datetime({ offset: true }).nullable(),
  advanceChoice: z.boolean(),
  /** Whether the other person is told about the change. */
  tellThem: z.boolean(),
});
export type ChangeSharing = z.infer<typeof changeSharingSchema>;

/** `DELETE /api/people/:personId/sharing/:relationshipId`: body or query. */
export const stopSharingSchema = z.object({
  tellThem: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
    .default(false),
});

export const pauseSharingSchema = z.object({ emergencyLinks: z.boolean() });

/** The rules by which rows are left out for someone else, whatever sections they read. */
export const WITHHELD_RULES = ['for_me_only', 'journal', 'advance_choice_document'] as const;
export type WithheldRule = (typeof WITHHELD_RULES)[number];

/** `GET /api/people/:personId/sharing/:relationshipId/preview`: what that person sees. */
export const sharingPreviewSchema = z.object({
  relationshipId: z.string(),
  knownAs: z.string(),
  /** Sections that person reads now, in the record's order. */
  read: z.array(z.enum(SECTIONS)),
  /** How many journal entries were shared with them one by one. */
  sharedJournalEntries: z.number().int(),
  withheld: z.array(z.object({ rule: z.enum(WITHHELD_RULES), words: z.string() })),
  /** Sharing is paused, so they see nothing now. */
  paused: z.boolean(),
});
export type SharingPreview = z.infer<typeof sharingPreviewSchema>;

export { PREVIEW_AS_HEADER } from './preview-header.ts';

/** `POST /api/people/:personId/journal/:entryId/share`. */
export const shareEntrySchema = z.object({ relationshipId: id() });
/** `GET /api/people/:personId/journal/:entryId/share`: who the entry is shared with. */
export const entrySharesSchema = z.object({ relationshipIds: z.array(z.string()) });

/** What the other person is told when the person chose to tell them. */
export const sharingNoticeSchema = z.object({
  personName: z.string(),
  what: z.enum(['changed', 'stopped']),
  at: z.string(),
});
export const sharingNoticesSchema = z.array(sharingNoticeSchema);
export type SharingNotice = z.infer<typeof sharingNoticeSchema>;
