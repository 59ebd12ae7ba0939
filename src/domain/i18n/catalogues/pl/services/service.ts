import type { Words } from '../../../translate.ts';

export default {
  'service.title': 'Twoja placówka',
  'service.youRun': 'Prowadzisz placówkę {name} w Waymark.',
  'service.noRecords': 'Administrator placówki nie widzi niczyich zapisów.',
  'service.next': 'Dodaj zespoły, a potem zaproś do nich pracowników.',
  'service.missing':
    'Nie udało się znaleźć placówki. Proszę zapytać osoby, które prowadzą Waymark.',
  'service.teams': 'Zespoły',
  'service.staff': 'Pracownicy',
  'service.back': 'Wróć do swojej placówki',
  'service.measures': 'Kwestionariusze',
  'service.myCare': 'Elementy mojej opieki',
} satisfies Words;
