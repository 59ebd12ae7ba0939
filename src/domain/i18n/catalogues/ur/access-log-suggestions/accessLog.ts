import type { Words } from '../../../translate.ts';

export default {
  'accessLog.sentence.suggested': '{who} نے ریکارڈ کے اس حصے میں تبدیلی کی تجویز دی: {section}',
  'accessLog.sentence.suggestion_withdrawn':
    '{who} نے ریکارڈ کے اس حصے کے بارے میں اپنی تجویز واپس لے لی: {section}',
} satisfies Words;
