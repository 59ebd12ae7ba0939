import type { Words } from '../../../translate.ts';

export default {
  'suggestions.homeLink': 'পরামর্শগুলো দেখুন',
  'suggestions.homeCount': '{count, plural, one {#টি পরামর্শ} other {#টি পরামর্শ}} আপনার জন্য অপেক্ষা করছে',
} satisfies Words;
