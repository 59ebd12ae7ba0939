import type { Words } from '../../../translate.ts';

export default {
  'teams.title': 'ٹیمیں',
  'teams.intro': 'عملہ ٹیموں میں کام کرتا ہے۔ ہر ٹیم کا اپنا نام ہونا چاہیے۔',
  'teams.none': 'ابھی آپ کی کوئی ٹیم نہیں ہے۔',
  'teams.name': 'ٹیم',
  'teams.members': 'عملہ',
  'teams.memberCount': '{count, plural, one {# رکن} other {# ارکان}}',
  'teams.change': 'بدلیں',
  'teams.rename': '{name} کا نام بدلیں',
  'teams.renameLabel': '{name} کا نیا نام',
  'teams.save': 'نام محفوظ کریں',
  'teams.cancel': 'منسوخ کریں',
  'teams.renamed': 'ٹیم کا نام بدل دیا گیا۔',
  'teams.add.title': 'ٹیم شامل کریں',
  'teams.add.label': 'ٹیم کا نام',
  'teams.add.submit': 'ٹیم شامل کریں',
  'teams.added': 'ٹیم شامل کر دی گئی۔',
  'teams.code.is':
    'اس ٹیم میں شامل ہونے کا کوڈ: {code}۔ یہ ان لوگوں کو دیں جن کی آپ مدد کرتے ہیں۔ وہ اسے اپنے شیئرنگ کے صفحے پر لکھتے ہیں۔',
  'teams.code.none': 'اس ٹیم کا ابھی کوئی کوڈ نہیں ہے۔ لوگوں کو شامل ہونے کے لیے ایک کوڈ چاہیے۔',
  'teams.code.make': '{name} کے لیے کوڈ بنائیں',
  'teams.code.new': '{name} کے لیے نیا کوڈ بنائیں',
  'teams.close': '{name} بند کریں',
  'teams.close.question':
    '{name} بند کریں؟ اس کا عملہ فوراً وہ سب کھو دیتا ہے جو لوگوں نے ٹیم کے ساتھ شیئر کیا تھا۔ لوگ اپنے ریکارڈ رکھتے ہیں۔',
  'teams.close.yes': 'ہاں، ٹیم بند کریں',
  'teams.closed': '{name} بند ہو گئی ہے۔',
} satisfies Words;
