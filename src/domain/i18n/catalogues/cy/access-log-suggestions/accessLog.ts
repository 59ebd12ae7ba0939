import type { Words } from '../../../translate.ts';

export default {
  'accessLog.sentence.suggested': '{who}: wedi awgrymu newid i’ch {section}',
  'accessLog.sentence.suggestion_withdrawn': '{who}: wedi tynnu awgrym am eich {section} yn ôl',
} satisfies Words;
