import type { Words } from '../../../translate.ts';

export default {
  'myPeople.title': 'میرے لوگ',
  'myPeople.intro':
    'وہ لوگ جو آپ کی ٹیموں سے جڑے ہیں۔ آپ صرف وہی دیکھتے ہیں جو ہر شخص نے شیئر کرنا چنا۔',
  'myPeople.teams': 'آپ کی ٹیمیں',
  'myPeople.code': '{team} میں شامل ہونے کا کوڈ: {code}',
  'myPeople.noCode': '{team} کا ابھی کوئی کوڈ نہیں۔ اپنی سروس کے ایڈمن سے مانگیں۔',
  'myPeople.noTeams': 'آپ ابھی کسی ٹیم میں نہیں ہیں۔',
  'myPeople.none': 'ابھی تک کوئی آپ کی ٹیموں سے نہیں جڑا۔',
  'myPeople.open': '{name} کا ریکارڈ کھولیں',
  'myPeople.team': 'ٹیم: {team}',
  'myPeople.shared': 'شیئر کیا گیا: {sections}',
  'myPeople.nothing': 'اس وقت کچھ شیئر نہیں کیا گیا۔',
  'myPeople.link': 'وہ لوگ جو آپ کی ٹیموں سے جڑے ہیں',
} satisfies Words;
