import type { Words } from '../../../translate.ts';

export default {
  'teamInvite.email.subject': '{service}-এর {team} আপনাকে Waymark-এ আমন্ত্রণ জানাচ্ছে',
  'teamInvite.email.body':
    '{service}-এর {team} থেকে {name} আপনাকে আপনার Waymark রেকর্ড দলের সাথে যুক্ত করার আমন্ত্রণ জানাচ্ছেন।\n\nদলটি কী দেখবে তা আপনি বেছে না নেওয়া পর্যন্ত কিছুই শেয়ার করা হয় না। আপনি না বলতে পারেন।\n\nউত্তর দিতে এই লিংকটি খুলুন। এটি একবার, {days} দিন পর্যন্ত কাজ করে:\n{link}',
  'teamInvite.email.bodyWithNote':
    '{service}-এর {team} থেকে {name} আপনাকে আপনার Waymark রেকর্ড দলের সাথে যুক্ত করার আমন্ত্রণ জানাচ্ছেন।\n\nতিনি লিখেছেন:\n{message}\n\nদলটি কী দেখবে তা আপনি বেছে না নেওয়া পর্যন্ত কিছুই শেয়ার করা হয় না। আপনি না বলতে পারেন।\n\nউত্তর দিতে এই লিংকটি খুলুন। এটি একবার, {days} দিন পর্যন্ত কাজ করে:\n{link}',
  'teamInvite.gone.title': 'এই আমন্ত্রণটি শেষ হয়ে গেছে',
  'teamInvite.gone.code': 'দলের কোড আছে? আপনার শেয়ারিং পাতায় সেটি ব্যবহার করুন',
  'teamInvite.heading': 'একটি দলের আমন্ত্রণ',
  'teamInvite.title': '{name} আপনাকে {team}-এ যোগ দেওয়ার আমন্ত্রণ জানিয়েছেন',
  'teamInvite.theyWrote': '{name} লিখেছেন:',
  'teamInvite.nothingYet':
    'আপনি বেছে না নেওয়া পর্যন্ত কিছুই শেয়ার করা হয় না। আপনি যেকোনো সময় তা বদলাতে বা ছেড়ে যেতে পারেন।',
  'teamInvite.expires': 'এই লিংকটি {when} পর্যন্ত কাজ করবে।',
  'teamInvite.decline': 'না, ধন্যবাদ',
  'teamInvite.declined': 'আপনি {team}-কে না বলেছেন। কিছুই শেয়ার করা হয়নি।',
  'teamInvite.link': 'ইমেলে কাউকে {team}-এ আমন্ত্রণ জানান',
  'teamInvite.form.title': 'ইমেলে কাউকে আমন্ত্রণ জানান',
  'teamInvite.form.intro':
    'আমরা তাঁকে ইমেলে একটি লিংক পাঠাই। এটি একবার, {days} দিন পর্যন্ত কাজ করে। দলটি কী দেখবে তা তিনি বেছে না নেওয়া পর্যন্ত কিছুই শেয়ার করা হয় না।',
  'teamInvite.form.email': 'তাঁর ইমেল ঠিকানা',
  'teamInvite.form.message': 'একটি ছোট নোট (না দিলেও চলবে)',
  'teamInvite.form.messageHint': 'এটি ইমেলে যাবে। ব্যক্তিগত কিছু লিখবেন না।',
  'teamInvite.form.send': 'আমন্ত্রণটি পাঠান',
  'teamInvite.sent': 'আমরা {email}-এ একটি আমন্ত্রণ পাঠিয়েছি।',
  'teamInvite.sentBy': '{date} তারিখে {name} পাঠিয়েছেন।',
  'teamInvite.worksUntil': 'লিংকটি {date} পর্যন্ত কাজ করবে।',
  'teamInvite.withdraw': '{email}-এ পাঠানো আমন্ত্রণটি ফিরিয়ে নিন',
  'teamInvite.withdraw.question':
    '{email}-এ পাঠানো আমন্ত্রণটি ফিরিয়ে নেবেন? ইমেলের লিংকটি আর কাজ করবে না।',
  'teamInvite.withdraw.yes': 'হ্যাঁ, ফিরিয়ে নিন',
  'teamInvite.withdrawn': '{email}-এ পাঠানো আমন্ত্রণটি ফিরিয়ে নেওয়া হয়েছে।',
  'teamInvite.waiting.title': 'উত্তরের অপেক্ষায়',
  'teamInvite.waiting.none': 'কোনো আমন্ত্রণ উত্তরের অপেক্ষায় নেই।',
  'teamInvite.page.title': '{team}-এ মানুষদের আমন্ত্রণ জানান',
  'teamInvite.page.plain': 'কোনো দলে মানুষদের আমন্ত্রণ জানান',
  'teamInvite.page.back': 'ফিরে যান',
  'teamInvite.page.notYours':
    'আপনি এই দলে মানুষদের আমন্ত্রণ জানাতে পারবেন না। শুধু দলের মানুষরা আর পরিষেবা অ্যাডমিন তা পারেন।',
} satisfies Words;
