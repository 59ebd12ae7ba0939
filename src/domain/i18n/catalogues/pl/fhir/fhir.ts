import type { Words } from '../../../translate.ts';

export default {
  'fhir.import.malformed': 'Nie możemy odczytać tego pliku. Problem jest w miejscu {where}.',
  'fhir.import.notBundle':
    'Ten plik nie jest pakietem FHIR (Bundle), więc nie jest zapisem z Waymark.',
  'fhir.import.notCollection':
    'Ten pakiet nie jest zapisem do zabrania: jego typ to nie "collection".',
  'fhir.import.notWaymark':
    'Ten plik nie powstał przez „Pobierz mój zapis” w Waymark, więc nie możemy go wczytać.',
  'fhir.import.tooMany': 'Ten plik ma więcej niż {max} części. Żaden zapis nie jest tak duży.',
  'fhir.import.tooLong': 'Tekst w miejscu {where} ma więcej niż {max} znaków.',
  'fhir.import.tooDeep':
    'Ten plik jest zbyt głęboko zagnieżdżony w miejscu {where}, by być zapisem.',
  'fhir.import.wrongType': 'Ten plik zawiera {type}. Zapis z Waymark nigdy tego nie ma.',
  'fhir.import.duplicate': '{reference} występuje w tym pliku dwa razy.',
  'fhir.import.unresolved': 'Ten plik wskazuje na {reference}, ale tego nie ma w pliku.',
  'fhir.import.onePatient': 'Ten plik musi dotyczyć jednej osoby i tylko jednej.',
  'fhir.import.invalidItem':
    'Część tego zapisu, {where}, nie jest taka, jak przechowuje ją Waymark.',
} satisfies Words;
