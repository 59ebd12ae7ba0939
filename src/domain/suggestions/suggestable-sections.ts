// Sections where suggestions can be made today: the sections of SUGGESTABLE in
// suggestable.ts (a test keeps them equal). The sharing forms offer "suggest" on these;
// the access model would let it be granted on any section. On its own, so the sharing forms
// load this list and not every section's schema.
import type { Section } from '../record/sections.ts';

export const SUGGESTABLE_SECTIONS: readonly Section[] = [
  'about_me',
  'goals',
  'staying_well',
  'crisis_plan',
  'safety_plan',
  'after_crisis',
  'moving_on',
];
