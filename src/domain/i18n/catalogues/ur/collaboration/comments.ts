import type { Words } from '../../../translate.ts';

export default {
  'comments.title': 'حوصلہ افزائی',
  'comments.intro.own':
    'جن لوگوں سے آپ نے اپنے مقاصد شیئر کیے ہیں، انہوں نے کیا کہا۔ کسی تبصرے کو صرف آپ چھپا سکتے ہیں۔',
  'comments.intro.other': '{name} کے لیے حوصلہ افزائی کے چند الفاظ۔ اس سے ان کا مقصد نہیں بدلتا۔',
  'comments.none': 'ابھی کوئی تبصرہ نہیں۔',
  'comments.by': '{name}، {when}',
  'comments.byYou': 'آپ، {when}',
  'comments.aboutStep': 'قدم ”{step}“ کے بارے میں',
  'comments.hide': 'یہ تبصرہ چھپائیں',
  'comments.show': 'اسے دوبارہ دکھائیں',
  'comments.hidden': 'آپ نے {name} کا ایک تبصرہ چھپا دیا۔',
  'comments.hiddenNote':
    'چھپائے گئے تبصرے صرف آپ سے چھپے ہوتے ہیں۔ {name} کو یہ اب بھی دکھائی دیتا ہے۔',
  'comments.delete': 'اپنا تبصرہ مٹائیں',
  'comments.deleted': 'آپ کا تبصرہ مٹا دیا گیا۔',
  'comments.sent': 'آپ کا تبصرہ بھیج دیا گیا۔',
  'comments.text': 'کوئی تبصرہ یا حوصلہ افزائی کی بات لکھیں',
  'comments.text.hint': 'مثال کے طور پر، ”ہفتے کے دن بہت خوب“۔ زیادہ سے زیادہ {max} حروف۔',
  'comments.about': 'یہ کس بارے میں ہے؟',
  'comments.about.goal': 'پورا مقصد',
  'comments.about.step': 'قدم: {step}',
  'comments.send': 'تبصرہ بھیجیں',
  'comments.someone': 'کوئی',
} satisfies Words;
