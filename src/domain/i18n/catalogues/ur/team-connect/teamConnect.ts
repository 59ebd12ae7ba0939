import type { Words } from '../../../translate.ts';

export default {
  'teamConnect.title': 'کسی ٹیم سے جڑیں',
  'teamConnect.intro':
    'اگر کوئی سروس آپ کی مدد کرتی ہے تو اس کی ٹیم آپ کو ایک کوڈ دے سکتی ہے۔ آپ چنتے ہیں کہ ٹیم کیا دیکھے۔ آپ اسے کسی بھی وقت بدل سکتے ہیں یا چھوڑ سکتے ہیں۔',
  'teamConnect.code': 'ٹیم کا کوڈ',
  'teamConnect.codeHint': 'وہ کوڈ لکھیں جو ٹیم نے آپ کو دیا۔',
  'teamConnect.codeMissing': 'ٹیم کا کوڈ درج کریں۔',
  'teamConnect.find': 'ٹیم تلاش کریں',
  'teamConnect.found': 'یہ کوڈ {team} کا ہے، جو {service} کا حصہ ہے۔',
  'teamConnect.sections': '{team} کیا دیکھ سکتی ہے؟',
  'teamConnect.sectionsHint':
    'جب بھی ٹیم میں کوئی دیکھے گا، آپ کا سرگرمی کا صفحہ اس کا نام دکھائے گا۔',
  'teamConnect.confirm': 'ٹیم سے جڑیں',
  'teamConnect.cancel': 'منسوخ کریں',
  'teamConnect.connected': 'اب آپ {team} سے جڑ گئے ہیں۔',
  'teamConnect.teamOf': '{service} کی ایک ٹیم',
  'teamConnect.leave': '{team} چھوڑیں',
  'teamConnect.leaveQuestion':
    '{team} چھوڑیں؟ ٹیم فوراً آپ کا ریکارڈ دیکھنا بند کر دے گی۔ سب کچھ آپ کے پاس رہے گا۔',
  'teamConnect.leaveConfirm': 'ہاں، ٹیم چھوڑیں',
  'teamConnect.leaveService': '{service} چھوڑیں',
  'teamConnect.leaveServiceQuestion':
    '{service} چھوڑیں؟ اب سے اس کی کوئی ٹیم آپ کا ریکارڈ نہیں دیکھے گی۔ سب کچھ آپ کے پاس رہے گا۔',
  'teamConnect.leaveServiceConfirm': 'ہاں، چھوڑیں',
  'teamConnect.left': 'آپ نے {name} چھوڑ دیا ہے۔',
} satisfies Words;
