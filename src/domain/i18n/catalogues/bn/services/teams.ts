import type { Words } from '../../../translate.ts';

export default {
  'teams.title': 'দলগুলো',
  'teams.intro': 'কর্মীরা দলে কাজ করেন। প্রতিটি দলের নিজস্ব নাম দরকার।',
  'teams.none': 'আপনার এখনও কোনো দল নেই।',
  'teams.name': 'দল',
  'teams.members': 'কর্মী',
  'teams.memberCount': '{count, plural, one {# জন সদস্য} other {# জন সদস্য}}',
  'teams.change': 'বদলান',
  'teams.rename': '{name}-এর নাম বদলান',
  'teams.renameLabel': '{name}-এর নতুন নাম',
  'teams.save': 'নাম সংরক্ষণ করুন',
  'teams.cancel': 'বাতিল করুন',
  'teams.renamed': 'দলের নাম বদলানো হয়েছে।',
  'teams.add.title': 'একটি দল যোগ করুন',
  'teams.add.label': 'দলের নাম',
  'teams.add.submit': 'দল যোগ করুন',
  'teams.added': 'দল যোগ করা হয়েছে।',
} satisfies Words;
