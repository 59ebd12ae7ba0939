import type { Words } from '../../../translate.ts';

export default {
  'supporting.noticesHeading': 'تبدیلیاں',
  'supporting.notice.stopped': '{name} نے {date} کو آپ سے شیئر کرنا بند کر دیا۔',
  'supporting.notice.changed': '{name} نے بدل دیا کہ آپ سے کیا شیئر کیا جائے ({date})۔',
  'supporting.role.family': 'رشتے دار',
  'supporting.role.friend': 'دوست',
  'supporting.role.carer': 'کیئرر',
  'supporting.role.peer_supporter': 'ہم تجربہ مددگار',
  'supporting.role.practitioner': 'پیشہ ور کارکن',
  'supporting.role.other': 'مددگار',
} satisfies Words;
