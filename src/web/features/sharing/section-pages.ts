// Where each section lives inside a record. Inside a shared record the paths are relative to
// /people/:personId (wouter's nested routes), so the same links serve both.
import type { Section } from '../../../domain/record/sections.ts';

/**
 * The sections a shared record can show so far, each with its page. A section is listed here
 * once its pages render read-only without edit controls; sections not listed are not offered.
 */
export const SHARED_SECTION_PAGES: Partial<Record<Section, string>> = {
  crisis_plan: '/crisis-plan',
  after_crisis: '/plans/after-crisis',
  moving_on: '/plans/moving-on',
  about_me: '/about-me',
  goals: '/goals',
  staying_well: '/plans/staying-well',
  support_network: '/support-network',
  safety_plan: '/plans/safety',
  // Check-ins and questionnaire scores are read on one page; it shows only what was shared.
  checkins: '/how-i-am-doing',
  measures: '/how-i-am-doing',
  // Only the entries shared one by one.
  journal: '/journal',
  reviews: '/reviews',
};
