import type { Words } from '../../../translate.ts';

export default {
  'outcomeReport.title': 'نتائج',
  'outcomeReport.link': 'نتائج دیکھیں',
  'outcomeReport.intro':
    'لوگ کیسے ہیں، ایک گروپ کے کل اعداد کی صورت میں۔ صرف ہاں کہنے والے لوگ گنے جاتے ہیں۔ کسی کا نام نہیں لیا جاتا۔',
  'outcomeReport.choose': 'چنیں کہ کیا دیکھنا ہے',
  'outcomeReport.from': 'پہلا مہینہ',
  'outcomeReport.to': 'آخری مہینہ',
  'outcomeReport.monthHint': 'مثال کے طور پر 2026-03',
  'outcomeReport.team': 'ٹیم',
  'outcomeReport.wholeService': 'پوری سروس',
  'outcomeReport.show': 'نتائج دکھائیں',
  'outcomeReport.download': 'CSV کے طور پر ڈاؤن لوڈ کریں',
  'outcomeReport.hidden':
    '* کا مطلب ہے {min} سے کم لوگ۔ لوگوں کی رازداری کے لیے ہم چھوٹے اعداد چھپاتے ہیں۔',
  'outcomeReport.rounded': 'لوگوں کے دوسرے اعداد قریب ترین {roundTo} تک گول کیے گئے ہیں۔',
  'outcomeReport.totals': 'کل',
  'outcomeReport.lifeAreas': 'زندگی کے شعبے',
  'outcomeReport.checkins': 'چیک اِن',
  'outcomeReport.measures': 'سوالنامے',
  'outcomeReport.higherBetter': 'زیادہ قدر بہتر ہے۔',
  'outcomeReport.lowerBetter': 'کم سکور بہتر ہے۔',
  'outcomeReport.noPairs': 'یہاں گنے گئے کسی شخص کی ابھی پہلی اور تازہ قدر نہیں ہے۔',
  'outcomeReport.chart.title': 'ہر قدر والے کتنے لوگ تھے',
  'outcomeReport.chart.value': 'قدر',
  'outcomeReport.chart.first': 'شروع میں',
  'outcomeReport.chart.latest': 'تازہ ترین',
  'outcomeReport.reliable.title': 'قابلِ اعتماد تبدیلی: {points} پوائنٹ یا زیادہ',
  'outcomeReport.recovery.title': 'صحت یابی: شروع میں {atOrAbove} یا زیادہ سے اس سے کم تک',
  'outcomeReport.source': 'یہ کہاں سے ہے: {source}',
  'outcomeReport.percent': '{value}%',
  'outcomeReport.notAllowed':
    'نتائج صرف سروس کے منتظم اور ٹیم لیڈ دیکھ سکتے ہیں۔ اگر آپ کو ضرورت ہو تو اپنے سروس منتظم سے پوچھیں۔',
  'outcomeReport.noTeams':
    'آپ کسی ٹیم کی قیادت نہیں کرتے، اس لیے آپ کے دیکھنے کے لیے کوئی نتائج نہیں ہیں۔',
  'outcomeReport.lead.make': '{name} کو {team} کا لیڈ بنائیں',
  'outcomeReport.lead.stop': '{name} کو {team} کے لیڈ سے ہٹائیں',
  'outcomeReport.lead.made': '{name} اب {team} کی قیادت کرتے ہیں اور اس کے نتائج دیکھ سکتے ہیں۔',
  'outcomeReport.lead.stopped': '{name} اب {team} کی قیادت نہیں کرتے۔',
  'outcomeReport.lead.tag': '{team} (لیڈ)',
} satisfies Words;
