export default {
  'fhir.import.malformed': 'We cannot read this file. The problem is at {where}.',
  'fhir.import.notBundle': 'This file is not a FHIR Bundle. So it is not a record from Waymark.',
  'fhir.import.notCollection':
    'This Bundle is not a record to take away: its type is not "collection".',
  'fhir.import.notWaymark':
    'This file was not made by "Download my record" in Waymark, so we cannot bring it in.',
  'fhir.import.tooMany': 'This file has more than {max} parts. No one record is that big.',
  'fhir.import.tooLong': 'The text at {where} is longer than {max} characters.',
  'fhir.import.tooDeep': 'This file goes too many levels deep at {where} to be a record.',
  'fhir.import.wrongType': 'This file holds a {type}. A record from Waymark never has one.',
  'fhir.import.duplicate': 'This file has {reference} in it twice.',
  'fhir.import.unresolved': 'This file points to {reference}, but that is not in the file.',
  'fhir.import.onePatient': 'This file must be about one person, and only one.',
  'fhir.import.invalidItem': 'Part of this record, {where}, is not as Waymark keeps it.',
} as const;
