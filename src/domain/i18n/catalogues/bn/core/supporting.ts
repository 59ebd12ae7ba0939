import type { Words } from '../../../translate.ts';

export default {
  'supporting.noticesHeading': 'বদল',
  'supporting.notice.stopped': '{date} তারিখে {name} আপনার সাথে শেয়ার করা বন্ধ করেছেন।',
  'supporting.notice.changed': '{name} আপনার সাথে কী শেয়ার করেন তা বদলেছেন ({date})।',
  'supporting.role.family': 'পরিবারের সদস্য',
  'supporting.role.friend': 'বন্ধু',
  'supporting.role.carer': 'কেয়ারার',
  'supporting.role.peer_supporter': 'পিয়ার সাপোর্টার',
  'supporting.role.practitioner': 'পেশাদার কর্মী',
  'supporting.role.other': 'সহায়তাকারী',
} satisfies Words;
