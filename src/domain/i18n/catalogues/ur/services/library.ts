import type { Words } from '../../../translate.ts';

export default {
  'library.title': 'پیمانے',
  'library.intro':
    'یہ وہ سوالنامے ہیں جو آپ کی سروس اپنے زیرِ مدد لوگوں کو پیش کر سکتی ہے۔ جو آپ استعمال نہیں کرتے انہیں بند کر دیں۔',
  'library.listTitle': 'آپ کی لائبریری',
  'library.none': 'آپ کی لائبریری میں ابھی کوئی سوالنامہ نہیں ہے۔',
  'library.source.built-in': 'Waymark کے ساتھ آتا ہے',
  'library.source.imported': 'Waymark چلانے والوں نے شامل کیا',
  'library.source.uploaded': 'آپ کی سروس نے شامل کیا',
  'library.questionCount': '{count, plural, one {# سوال} other {# سوالات}}',
  'library.needsWording': 'کسی کے جواب دینے سے پہلے اس کے الفاظ شامل کرنا ابھی باقی ہیں۔',
  'library.offer': '{title} ہمارے زیرِ مدد لوگوں کو پیش کریں',
  'library.nowOffered': '{title} آپ کے زیرِ مدد لوگوں کو پیش کیا جا رہا ہے۔',
  'library.notOffered': '{title} اب پیش نہیں کیا جا رہا۔',
  'library.upload.title': 'سوالنامہ شامل کریں',
  'library.upload.intro':
    'JSON فائل کے طور پر محفوظ FHIR سوالنامہ چنیں، یا اسے نیچے چسپاں کریں۔ ہم اسے جانچ کر آپ کو دکھاتے ہیں کہ یہ کیسا لگتا ہے۔ آپ کے کہنے تک کچھ شامل نہیں ہوتا۔',
  'library.upload.file': 'سوالنامے کی فائل',
  'library.upload.fileHint': '{max} KB تک کی JSON فائل۔',
  'library.upload.paste': 'یا سوالنامہ چسپاں کریں',
  'library.upload.check': 'سوالنامہ جانچیں',
  'library.problems.title': 'ہم یہ سوالنامہ شامل نہیں کر سکتے',
  'library.problems.intro': 'یہ مسائل ٹھیک کریں، پھر اسے دوبارہ جانچیں:',
  'library.problem.notJson':
    'یہ ایسا JSON نہیں جسے ہم پڑھ سکیں۔ دیکھ لیں کہ آپ نے پوری فائل کاپی کی ہے۔',
  'library.problem.tooBig': 'یہ فائل بہت بڑی ہے۔ یہ زیادہ سے زیادہ {max} KB ہو سکتی ہے۔',
  'library.problem.tooManyItems':
    'سوالنامے میں {count} سوالات اور گروپ ہیں؛ ہم زیادہ سے زیادہ {max} لیتے ہیں',
  'library.problem.needsWording':
    'سوالنامہ: کچھ سوالوں یا جوابوں کے الفاظ نہیں ہیں، اس لیے کوئی اس کا جواب نہیں دے سکتا',
  'library.problem.libraryFull':
    'آپ کی لائبریری میں پہلے ہی آپ کے اپنے {max} سوالنامے ہیں، جو اس کی حد ہے',
  'library.ready': 'یہ سوالنامہ ہر جانچ میں کامیاب رہا',
  'library.preview.title': 'یہ کیا ہے',
  'library.preview.name': 'نام',
  'library.preview.version': 'ورژن',
  'library.preview.questions': 'سوالات',
  'library.preview.scores': 'اسکور',
  'library.preview.noScore': 'یہ کوئی اسکور نہیں دیتا۔',
  'library.preview.scoreSum':
    '{label}: {count, plural, one {# جواب} other {# جوابات}} کے اسکور جمع کرتا ہے',
  'library.preview.scoreMean':
    '{label}: {count, plural, one {# جواب} other {# جوابات}} کا اوسط اسکور',
  'library.preview.reliableChange': '{points} یا اس سے زیادہ کی تبدیلی حقیقی تبدیلی ہے۔',
  'library.preview.lowerBetter': 'کم سکور بہتر ہے، اس لیے یہ سروس کے نتائج میں شمار ہوتا ہے۔',
  'library.preview.higherBetter': 'زیادہ سکور بہتر ہے، اس لیے یہ سروس کے نتائج میں شمار ہوتا ہے۔',
  'library.preview.notInReports':
    'یہ نہیں بتاتا کہ کون سی سمت بہتر ہے، اس لیے یہ سروس کے نتائج میں شمار نہیں ہوتا۔',
  'library.preview.risk':
    '{count, plural, one {# اصول عملے کو بتاتا ہے} other {# اصول عملے کو بتاتے ہیں}} کہ کب جوابات خطرہ ظاہر کر سکتے ہیں۔',
  'library.preview.asPeopleSeeIt': 'لوگ اسے کیسے دیکھیں گے',
  'library.add': 'ہماری لائبریری میں شامل کریں',
  'library.added': '{title} اب آپ کی لائبریری میں ہے۔',
} satisfies Words;
