import type { Words } from '../../../translate.ts';

export default {
  'links.title': 'میرے بحران کے منصوبے کے ایمرجنسی لنک',
} satisfies Words;
