import type { Words } from '../../../translate.ts';

export default {
  'accessLog.sentence.suggested': '{who} আপনার {section} নিয়ে একটি বদলের পরামর্শ দিয়েছেন',
  'accessLog.sentence.suggestion_withdrawn': '{who} আপনার {section} নিয়ে একটি পরামর্শ ফিরিয়ে নিয়েছেন',
} satisfies Words;
