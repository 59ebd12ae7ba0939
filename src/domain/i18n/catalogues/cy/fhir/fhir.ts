import type { Words } from '../../../translate.ts';

export default {
  'fhir.import.malformed': 'Ni allwn ni ddarllen y ffeil hon. Mae’r broblem yn {where}.',
  'fhir.import.notBundle': 'Nid Bwndel FHIR yw’r ffeil hon, felly nid cofnod o Waymark yw hi.',
  'fhir.import.notCollection':
    'Nid cofnod i’w gymryd yw’r Bwndel hwn: nid "collection" yw ei fath.',
  'fhir.import.notWaymark':
    'Ni chafodd y ffeil hon ei gwneud gan "Lawrlwytho fy nghofnod" yn Waymark, felly ni allwn ni ddod â hi i mewn.',
  'fhir.import.tooMany':
    'Mae gan y ffeil hon fwy na {max} rhan. Does dim un cofnod mor fawr â hynny.',
  'fhir.import.tooLong': 'Mae’r testun yn {where} yn hirach na {max} nod.',
  'fhir.import.tooDeep': 'Mae’r ffeil hon yn mynd yn rhy ddwfn yn {where} i fod yn gofnod.',
  'fhir.import.wrongType': 'Mae’r ffeil hon yn cynnwys {type}. Does gan gofnod o Waymark byth un.',
  'fhir.import.duplicate': 'Mae {reference} yn y ffeil hon ddwywaith.',
  'fhir.import.unresolved':
    'Mae’r ffeil hon yn cyfeirio at {reference}, ond nid yw hwnnw yn y ffeil.',
  'fhir.import.onePatient': 'Rhaid i’r ffeil hon fod am un person, ac un yn unig.',
  'fhir.import.invalidItem': 'Nid yw rhan o’r cofnod hwn, {where}, fel y mae Waymark yn ei chadw.',
} satisfies Words;
