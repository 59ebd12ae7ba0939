import type { Words } from '../../../translate.ts';

export default {
  'fhir.import.malformed': 'আমরা এই ফাইলটি পড়তে পারছি না। সমস্যাটি {where}-এ।',
  'fhir.import.notBundle': 'এই ফাইলটি FHIR বান্ডেল নয়, তাই এটি Waymark-এর রেকর্ড নয়।',
  'fhir.import.notCollection': 'এই বান্ডেলটি নিয়ে যাওয়ার রেকর্ড নয়: এর ধরন "collection" নয়।',
  'fhir.import.notWaymark':
    'এই ফাইলটি Waymark-এর "আমার রেকর্ড ডাউনলোড করুন" দিয়ে তৈরি হয়নি, তাই আমরা এটি আনতে পারছি না।',
  'fhir.import.tooMany': 'এই ফাইলে {max}-এর বেশি অংশ আছে। কোনো একটি রেকর্ড এত বড় হয় না।',
  'fhir.import.tooLong': '{where}-এর লেখাটি {max} অক্ষরের চেয়ে লম্বা।',
  'fhir.import.tooDeep': 'এই ফাইলটি {where}-এ এত গভীর যে এটি রেকর্ড হতে পারে না।',
  'fhir.import.wrongType': 'এই ফাইলে একটি {type} আছে। Waymark-এর রেকর্ডে এটি কখনো থাকে না।',
  'fhir.import.duplicate': 'এই ফাইলে {reference} দুবার আছে।',
  'fhir.import.unresolved': 'এই ফাইলটি {reference}-এর দিকে নির্দেশ করে, কিন্তু সেটি ফাইলে নেই।',
  'fhir.import.onePatient': 'এই ফাইলটি একজন মানুষের সম্পর্কে হতে হবে, শুধু একজনের।',
  'fhir.import.invalidItem': 'এই রেকর্ডের একটি অংশ, {where}, Waymark যেভাবে রাখে সেভাবে নেই।',
} satisfies Words;
