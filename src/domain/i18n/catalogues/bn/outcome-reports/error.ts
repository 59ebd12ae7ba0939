import type { Words } from '../../../translate.ts';

export default {
  'error.WM_REPORT_PERIOD_BACKWARDS':
    'শেষ মাসটি প্রথম মাসের আগে। এমন একটি শেষ মাস বেছে নিন যা প্রথম মাসের সমান বা তার পরে।',
  'error.WM_REPORT_PERIOD_TOO_LONG':
    'একটি রিপোর্ট সর্বোচ্চ {max} মাসের হতে পারে। কম সময় বেছে নিন।',
  'error.WM_REPORT_PERSON_LEVEL':
    'রিপোর্ট শুধু মানুষের দলের মোট সংখ্যা দেখায়। এটি কখনও একজন মানুষকে আলাদা করে দেখায় না।',
  'error.WM_REPORT_GROUP_TOO_SMALL':
    'এখানে {min} জনের কম মানুষ গোনা হয়েছে। তাঁদের গোপনীয়তা রক্ষা করতে আমরা এত ছোট রিপোর্ট দেখাই না। দীর্ঘ সময় বা বড় দল বেছে নিন।',
} satisfies Words;
