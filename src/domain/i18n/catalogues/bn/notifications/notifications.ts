import type { Words } from '../../../translate.ts';

export default {
  'notifications.kind.suggestion_made': '{name} আপনার রেকর্ডে একটি বদলের পরামর্শ দিয়েছেন',
  'notifications.kind.suggestion_decided': '{name} আপনার পরামর্শ নিয়ে সিদ্ধান্ত নিয়েছেন',
  'notifications.kind.invitation_accepted': '{name} আপনার আমন্ত্রণ গ্রহণ করেছেন',
  'notifications.kind.early_warning': '{name} চান আপনি তাঁর খোঁজ নিন',
  'notifications.email.subject': 'Waymark: {what}',
  'notifications.email.body':
    '{what}।\n\nআরও দেখতে Waymark খুলুন: {link}\n\nকোন কোন ইমেইল পাবেন তা আপনি Waymark-এ সেটিংস অংশে বেছে নিতে পারেন।',
  'notifications.setting.suggestion_made': 'কেউ আপনার রেকর্ডে বদলের পরামর্শ দিলে',
  'notifications.setting.suggestion_decided': 'আপনার দেওয়া কোনো পরামর্শ নিয়ে কেউ সিদ্ধান্ত নিলে',
  'notifications.setting.invitation_accepted': 'কেউ আপনার আমন্ত্রণ গ্রহণ করলে',
  'notifications.setting.early_warning': 'আপনি যাঁকে সহায়তা করেন তিনি চাইলে যে আপনি তাঁর খোঁজ নিন',
  'notifications.title': 'বিজ্ঞপ্তি',
  'notifications.unread': '{count}টি নতুন',
  'notifications.empty': 'আপনার কোনো বিজ্ঞপ্তি নেই।',
  'notifications.loadFailed': 'আপনার বিজ্ঞপ্তিগুলো লোড করা যায়নি। আবার চেষ্টা করুন।',
  'notifications.markRead': 'পড়া হয়েছে বলে চিহ্ন দিন',
  'notifications.markAllRead': 'সবগুলো পড়া হয়েছে বলে চিহ্ন দিন',
  'notifications.new': 'নতুন',
  'notifications.open': 'খুলুন',
  'notifications.settings.title': 'বিজ্ঞপ্তি',
  'notifications.settings.intro':
    'কোন কোন বিষয়ে আপনাকে জানানো হবে তা বেছে নিন। বিজ্ঞপ্তি আর ইমেইলে শুধু বলা হয় কে কিছু করেছেন। কারও রেকর্ডে কী আছে, তা কখনো বলা হয় না।',
  'notifications.settings.inApp': 'Waymark-এ',
  'notifications.settings.email': 'ইমেইলে',
  'notifications.settings.save': 'বিজ্ঞপ্তির বাছাই সেভ করুন',
  'notifications.settings.saved': 'বিজ্ঞপ্তি নিয়ে আপনার বাছাই সেভ হয়েছে।',
  'notifications.settings.saveFailed': 'আপনার বাছাই সেভ করা যায়নি। আবার চেষ্টা করুন।',
} satisfies Words;
