import type { Words } from '../../../translate.ts';

export default {
  'fhir.import.malformed': 'ہم یہ فائل نہیں پڑھ سکتے۔ مسئلہ {where} پر ہے۔',
  'fhir.import.notBundle': 'یہ فائل FHIR بنڈل نہیں ہے، اس لیے یہ Waymark کا ریکارڈ نہیں ہے۔',
  'fhir.import.notCollection':
    'یہ بنڈل ساتھ لے جانے والا ریکارڈ نہیں ہے: اس کی قسم "collection" نہیں ہے۔',
  'fhir.import.notWaymark':
    'یہ فائل Waymark میں "میرا ریکارڈ ڈاؤن لوڈ کریں" سے نہیں بنی، اس لیے ہم اسے شامل نہیں کر سکتے۔',
  'fhir.import.tooMany': 'اس فائل میں {max} سے زیادہ حصے ہیں۔ کوئی ایک ریکارڈ اتنا بڑا نہیں ہوتا۔',
  'fhir.import.tooLong': '{where} پر متن {max} حروف سے لمبا ہے۔',
  'fhir.import.tooDeep': 'یہ فائل {where} پر اتنی گہری ہے کہ ریکارڈ نہیں ہو سکتی۔',
  'fhir.import.wrongType': 'اس فائل میں {type} ہے۔ Waymark کے ریکارڈ میں یہ کبھی نہیں ہوتا۔',
  'fhir.import.duplicate': 'اس فائل میں {reference} دو بار ہے۔',
  'fhir.import.unresolved': 'یہ فائل {reference} کی طرف اشارہ کرتی ہے، لیکن وہ فائل میں نہیں ہے۔',
  'fhir.import.onePatient': 'یہ فائل ایک ہی شخص کے بارے میں ہونی چاہیے، صرف ایک۔',
  'fhir.import.invalidItem': 'اس ریکارڈ کا ایک حصہ، {where}، ویسا نہیں جیسا Waymark اسے رکھتا ہے۔',
} satisfies Words;
