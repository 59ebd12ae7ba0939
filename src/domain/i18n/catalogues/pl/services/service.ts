import type { Words } from '../../../translate.ts';

export default {
  'service.title': 'Twoja placówka',
  'service.youRun': 'Prowadzisz placówkę {name} w Waymark.',
  'service.noRecords': 'Administrator placówki nie widzi niczyich zapisów.',
  'service.next': 'Wkrótce będzie tu można dodać zespół.',
  'service.missing':
    'Nie udało się znaleźć placówki. Proszę zapytać osoby, które prowadzą Waymark.',
} satisfies Words;
