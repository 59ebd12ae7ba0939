import type { Words } from '../../../translate.ts';

export default {
  'suggestions.homeLink': 'تجاویز دیکھیں',
  'suggestions.homeCount':
    '{count, plural, one {# تجویز آپ کا انتظار کر رہی ہے} other {# تجاویز آپ کا انتظار کر رہی ہیں}}',
} satisfies Words;
