import type { Words } from '../../../translate.ts';

export default {
  'service.title': 'আপনার সার্ভিস',
  'service.youRun': 'আপনি Waymark-এ {name} চালান।',
  'service.noRecords': 'সার্ভিস অ্যাডমিন হিসেবে আপনি কারও রেকর্ড দেখতে পারবেন না।',
  'service.next': 'শিগগিরই আপনি এখানে আপনার টিম যোগ করতে পারবেন।',
  'service.missing': 'আমরা আপনার সার্ভিস খুঁজে পাইনি। যাঁরা Waymark চালান তাঁদের জিজ্ঞেস করুন।',
} satisfies Words;
