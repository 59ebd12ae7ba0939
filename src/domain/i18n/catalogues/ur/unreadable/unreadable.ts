import type { Words } from '../../../translate.ts';

export default {
  'unreadable.versionsStillHere': 'نیچے دکھایا گیا کوئی بھی ورژن آپ اب بھی واپس لا سکتے ہیں۔',
  'unreadable.historyOf.lifeArea': 'زندگی کے اس حصے کے پچھلے ورژن، جو آخری بار {when} کو محفوظ ہوا',
  'unreadable.historyOf.goal': 'اس مقصد کے پچھلے ورژن، جو آخری بار {when} کو محفوظ ہوا',
  'unreadable.historyOf.note': 'اس نوٹ کے پچھلے ورژن، جو آخری بار {when} کو محفوظ ہوا',
  'unreadable.historyOf.contact': 'اس رابطے کے پچھلے ورژن، جو آخری بار {when} کو محفوظ ہوا',
  'unreadable.versionSaved': 'ورژن {version}، {when} کو محفوظ ہوا',
  'unreadable.openHistory': 'پچھلے ورژن دیکھیں',
  'unreadable.planCard': 'یہ منصوبہ اس وقت دکھایا نہیں جا سکتا۔ کچھ بھی مٹایا نہیں گیا۔',
  'unreadable.lifeArea':
    '{count, plural, one {زندگی کا # حصہ دکھایا نہیں جا سکا۔} other {زندگی کے # حصے دکھائے نہیں جا سکے۔}}',
  'unreadable.goal':
    '{count, plural, one {# مقصد دکھایا نہیں جا سکا۔} other {# مقاصد دکھائے نہیں جا سکے۔}}',
  'unreadable.note':
    '{count, plural, one {# نوٹ دکھایا نہیں جا سکا۔} other {# نوٹ دکھائے نہیں جا سکے۔}}',
  'unreadable.contact':
    '{count, plural, one {آپ کے مدد کے حلقے کا # شخص یا سروس دکھائی نہیں جا سکی۔} other {آپ کے مدد کے حلقے کے # لوگ یا سروسز دکھائی نہیں جا سکیں۔}}',
  'unreadable.version':
    '{count, plural, one {# ورژن دکھایا نہیں جا سکا۔} other {# ورژن دکھائے نہیں جا سکے۔}}',
  'unreadable.reason.tooNew':
    '{count, plural, one {یہ Waymark کے ایک نئے ورژن نے محفوظ کیا تھا؛ کچھ بھی مٹایا نہیں گیا۔ چند منٹ بعد دوبارہ کوشش کریں۔} other {یہ Waymark کے ایک نئے ورژن نے محفوظ کیے تھے؛ کچھ بھی مٹایا نہیں گیا۔ چند منٹ بعد دوبارہ کوشش کریں۔}}',
  'unreadable.reason.damaged':
    '{count, plural, one {جو محفوظ کیا گیا تھا وہ خراب ہو گیا ہے؛ کچھ بھی مٹایا نہیں گیا۔} other {جو محفوظ کیا گیا تھا وہ خراب ہو گیا ہے؛ کچھ بھی مٹایا نہیں گیا۔}}',
  'unreadable.reason.either':
    '{count, plural, one {یا تو یہ Waymark کے ایک نئے ورژن نے محفوظ کیا تھا یا یہ خراب ہو گیا ہے۔ کچھ بھی مٹایا نہیں گیا۔} other {یا تو یہ Waymark کے ایک نئے ورژن نے محفوظ کیے تھے یا یہ خراب ہو گئے ہیں۔ کچھ بھی مٹایا نہیں گیا۔}}',
  'unreadable.history':
    '{count, plural, one {اس کے پچھلے ورژن دیکھے جا سکتے ہیں۔} other {ان کے پچھلے ورژن دیکھے جا سکتے ہیں۔}}',
} satisfies Words;
