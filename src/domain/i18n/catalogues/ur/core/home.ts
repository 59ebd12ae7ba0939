import type { Words } from '../../../translate.ts';

export default {
  'home.title': 'میری بحالی',
  'home.greeting': 'ہیلو، {name}',
  'home.aboutMeLine': 'آپ کے الفاظ میں: ”{text}“',
  'home.aboutMePrompt':
    'میرے لیے کیا اہم ہے، میری خوبیاں کیا ہیں، اور لوگ میری مدد کیسے کر سکتے ہیں: میرے اپنے الفاظ میں۔',
  'home.goalsTitle': 'میرے مقاصد',
  'home.noGoals': 'آپ نے ابھی کوئی مقصد شامل نہیں کیا۔ آپ کس چیز کے لیے کوشش کرنا چاہیں؟',
  'home.nextStep': 'اگلا قدم: {step}',
  'home.noNextStep': 'کوئی قدم باقی نہیں۔ ایک نیا قدم شامل کریں، یا مقصد کو حاصل شدہ لکھ دیں۔',
  'home.linksTitle': 'میرا ریکارڈ',
  'home.aboutMeLink': '”میرے بارے میں“ پڑھیں یا بدلیں',
  'home.aboutMeStart': 'اپنے بارے میں لکھیں',
  'home.allGoals': 'میرے سارے مقاصد دیکھیں',
} satisfies Words;
