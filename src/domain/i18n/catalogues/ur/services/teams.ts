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
} satisfies Words;
