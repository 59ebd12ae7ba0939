// Today's schema of every item kind in one place, for reading stored items back
// (stored-json.ts). The routes of each section use the same schemas for what they accept.
import { checkinSettingsSchema, lifeAreaRatingSetSchema } from '../checkins/checkins.schema.ts';
import type { z } from '../validation.ts';
import {
  afterCrisisSchema,
  crisisPlanSchema,
  movingOnSchema,
  safetyPlanSchema,
  stayingWellSchema,
  supportContactSchema,
} from './plans.schema.ts';
import { aboutMeSchema, goalNoteSchema, goalSchema, lifeAreaSchema } from './record.schema.ts';
import type { ItemKind } from './sections.ts';
import { supporterSpaceSchema } from './supporter-space.schema.ts';

export const ITEM_SCHEMAS: Readonly<Record<ItemKind, z.ZodType>> = {
  about_me: aboutMeSchema,
  life_area: lifeAreaSchema,
  goal: goalSchema,
  goal_note: goalNoteSchema,
  support_contact: supportContactSchema,
  staying_well: stayingWellSchema,
  crisis_plan: crisisPlanSchema,
  safety_plan: safetyPlanSchema,
  after_crisis: afterCrisisSchema,
  moving_on: movingOnSchema,
  checkin_settings: checkinSettingsSchema,
  life_area_rating: lifeAreaRatingSetSchema,
  supporter_space: supporterSpaceSchema,
};
