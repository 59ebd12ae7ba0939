import type { Words } from '../../../translate.ts';

export default {
  'measureAbout.phq-9':
    'پچھلے 2 ہفتوں میں آپ کا حال کیسا رہا: آپ کا موڈ، نیند، توانائی، اور چیزوں میں آپ کو کتنا مزہ آتا ہے۔',
  'measureAbout.gad-7':
    'پچھلے 2 ہفتوں میں آپ کو کتنی فکر، گھبراہٹ یا بے چینی محسوس ہوئی، اور اس کا آپ پر کیا اثر ہوتا ہے۔',
  'measureAbout.qpr-15':
    'اس وقت آپ کو اپنی بحالی کیسی لگتی ہے: امید، اپنی زندگی پر اپنا اختیار محسوس کرنا، اور دوسرے لوگوں کے ساتھ آپ کا تعلق۔',
  'measureAbout.wellbeing': 'پچھلے 2 ہفتوں میں آپ کے احساسات اور خیالات کیسے رہے۔',
  'measureAbout.reqol': 'پچھلے ہفتے آپ نے کیا سوچا، کیسا محسوس کیا، اور زندگی کیسے گزاری۔',
  'measureAbout.questions': '{count} سوال۔ تقریباً {minutes} منٹ۔',
  'measureAbout.statements': '{count} جملے۔ تقریباً {minutes} منٹ۔',
  'measureAbout.imported': 'ایک سوال نامہ جو آپ کی سروس نے شامل کیا۔',
} satisfies Words;
