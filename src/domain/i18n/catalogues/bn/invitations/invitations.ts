import type { Words } from '../../../translate.ts';

export default {
  'invitations.validation.role': 'এই মানুষটি আপনার কে, তা বেছে নিন',
  'invitations.suggest': '{section}: তিনি বদলের পরামর্শও দিতে পারবেন, আপনি তা গ্রহণ করবেন কি না আপনার ইচ্ছা',
  'invitations.validation.knownAs': 'যে নামে আপনি তাঁকে চেনেন সেটি লিখুন',
  'invitations.validation.level': 'প্রতিটি অংশের জন্য কিছু না, দেখা, বা বদলের পরামর্শ বেছে নিন',
  'invitations.validation.section': 'এই নামে কোনো অংশ নেই',
  'invitations.validation.journal':
    'ডায়েরি একটি অংশ হিসেবে শেয়ার করা যায় না। আপনি ডায়েরি থেকে একটি একটি লেখা শেয়ার করতে পারেন।',
  'invitations.validation.endsAtPast': 'শেষের তারিখ আজ বা ভবিষ্যতের কোনো দিন হতে হবে',
  'invitations.validation.expiry': '1 থেকে 30 দিনের মধ্যে একটি মেয়াদ বেছে নিন',
  'invitations.list.title': 'গ্রহণের অপেক্ষায় থাকা আমন্ত্রণ',
  'invitations.list.none': 'আপনার কোনো আমন্ত্রণ অপেক্ষায় নেই।',
  'invitations.list.item': '{name} ({role})',
  'invitations.list.sees': 'দেখতে পাবেন: {sections}',
  'invitations.list.seesNothing': 'এখনো কিছু না',
  'invitations.list.until': '{when} পর্যন্ত কাজ করবে',
  'invitations.list.ends': '{date}-এর পরে দেখার অনুমতি শেষ হবে',
  'invitations.withdraw': 'ফিরিয়ে নিন',
  'invitations.withdrawn': '{name}-এর জন্য আমন্ত্রণটি ফিরিয়ে নেওয়া হয়েছে। লিংক আর কোড আর কাজ করবে না।',
} satisfies Words;
