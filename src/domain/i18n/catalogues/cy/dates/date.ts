import type { Words } from '../../../translate.ts';

export default {
  'date.enter': 'Rhowch ddyddiad',
  'date.noDay': 'Rhaid i’r dyddiad gynnwys diwrnod',
  'date.noMonth': 'Rhaid i’r dyddiad gynnwys mis',
  'date.noYear': 'Rhaid i’r dyddiad gynnwys blwyddyn',
  'date.numbers': 'Defnyddiwch rifau yn unig ar gyfer y diwrnod, y mis a’r flwyddyn',
  'date.yearDigits': 'Rhowch y flwyddyn yn llawn, fel 2024',
  'date.monthRange': 'Rhaid i’r mis fod yn rhif o 1 i 12',
  'date.dayRange': 'Rhaid i’r diwrnod fod yn rhif o 1 i 31',
  'date.notReal':
    'Does dim {day} {month} {year}: dim ond {days} diwrnod sydd ym mis {month} {year}',
  'date.format': 'Rhowch ddyddiad go iawn fel blwyddyn, mis a diwrnod, fel 2024-03-28',
} satisfies Words;
