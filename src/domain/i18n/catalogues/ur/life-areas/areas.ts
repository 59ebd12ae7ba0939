import type { Words } from '../../../translate.ts';

export default {
  'areas.title': 'میری زندگی کے حصے',
  'areas.intro':
    'یہ آپ کی زندگی کے وہ حصے ہیں جن سے آپ کے مقاصد جڑے ہیں۔ ان کا نام بدلیں، اپنے حصے شامل کریں، یا جو مناسب نہ لگیں انہیں ہٹا دیں۔',
  'areas.name': 'زندگی کے حصے کا نام',
  'areas.rename': 'نام بدلیں',
  'areas.remove': '”{name}“ کو ہٹائیں',
  'areas.removed': 'زندگی کا حصہ ”{name}“ ہٹا دیا گیا۔',
  'areas.add': 'زندگی کا کوئی حصہ شامل کریں',
  'areas.newName': 'زندگی کا نیا حصہ',
  'areas.newName.hint': 'مثال کے طور پر: ایمان، خاندان، برادری، پیسہ۔',
  'areas.listTitle': 'آپ کی زندگی کے حصے',
  'areas.nameFor': '”{name}“ کا نیا نام',
  'areas.removeShort': 'ہٹائیں',
  'areas.added': 'زندگی کا حصہ ”{name}“ شامل کر دیا گیا۔',
  'areas.renamed': 'نیا نام ”{name}“ رکھ دیا گیا۔',
  'areas.restored': 'زندگی کا حصہ ”{name}“ واپس آ گیا ہے۔',
  'areas.none':
    'اس وقت آپ کی زندگی کا کوئی حصہ درج نہیں ہے۔ زندگی کے وہ حصے شامل کریں جو آپ کے لیے اہم ہیں۔',
  'areas.backToGoals': 'میرے مقاصد پر واپس جائیں',
} satisfies Words;
