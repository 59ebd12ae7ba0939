import '../i18n/life-areas.messages.ts';
import type { MessageKey } from '../i18n/translate.ts';

/** The life areas a new record starts with; the person can rename, add and remove. */
export const DEFAULT_LIFE_AREAS: readonly MessageKey[] = [
  'lifeArea.default.home',
  'lifeArea.default.money',
  'lifeArea.default.work',
  'lifeArea.default.relationships',
  'lifeArea.default.family',
  'lifeArea.default.body',
  'lifeArea.default.mind',
  'lifeArea.default.safety',
  'lifeArea.default.leisure',
];
