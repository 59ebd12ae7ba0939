import type { Words } from '../../../translate.ts';

export default {
  'accessLog.sharingLink': 'میرا ریکارڈ کس نے دیکھا ہے',
} satisfies Words;
