// Sections are what a person shares (one setting each); kinds are the items stored in them.
export const SECTIONS = [
  'about_me',
  'goals',
  'support_network',
  'staying_well',
  'crisis_plan',
  'safety_plan',
  'after_crisis',
  'moving_on',
  'checkins',
  'journal',
  'measures',
  'reviews',
] as const;
/**
 * Sections worked on together (decision 0043): the person, and whoever they gave "suggest" on the
 * section, both add to them directly (a review in a meeting); nobody else does.
 */
export const TOGETHER_SECTIONS: readonly PersonSection[] = ['reviews'];
/**
 * The sections of a supporter's own space: what they need, what helps them cope and their plan
 * for looking after themselves. Their own record, never shared with anyone (decision 0031).
 */
export const SUPPORTER_SECTIONS = ['supporter_space'] as const;
/** A section of a person's record, which they may share. */
export type PersonSection = (typeof SECTIONS)[number];
export type Section = PersonSection | (typeof SUPPORTER_SECTIONS)[number];

export const ITEM_KINDS = [
  'about_me',
  'life_area',
  'goal',
  'goal_note',
  'support_contact',
  'staying_well',
  'crisis_plan',
  'safety_plan',
  'after_crisis',
  'moving_on',
  'checkin_settings',
  'life_area_rating',
  'supporter_space',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const SECTION_OF_KIND: Record<ItemKind, Section> = {
  about_me: 'about_me',
  life_area: 'goals',
  goal: 'goals',
  goal_note: 'goals',
  support_contact: 'support_network',
  staying_well: 'staying_well',
  crisis_plan: 'crisis_plan',
  safety_plan: 'safety_plan',
  after_crisis: 'after_crisis',
  moving_on: 'moving_on',
  checkin_settings: 'checkins',
  life_area_rating: 'checkins',
  supporter_space: 'supporter_space',
};
