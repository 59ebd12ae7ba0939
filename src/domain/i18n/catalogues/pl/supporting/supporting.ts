import type { Words } from '../../../translate.ts';

export default {
  'supporting.title': 'Osoby, które wspieram',
  'supporting.intro': 'Osoby, które postanowiły udostępnić mi części swojego zapisu.',
  'supporting.sections': 'Udostępnione: {sections}',
  'supporting.open': 'Otwórz zapis osoby {name}',
  'supporting.homeLine': 'Wspieram też: {names}.',
  'supporting.homeLink': 'Przejdź do listy „Osoby, które wspieram”',
  'supporting.empty': 'Nikt nie udostępnił mi jeszcze swojego zapisu.',
  'supporting.howItWorks':
    'Udostępnianie to zawsze wybór tej drugiej osoby. Zaprasza ona ze swojego Waymark linkiem albo krótkim kodem i wybiera, które części będą widoczne. Po przyjęciu zaproszenia pojawi się tutaj.',
} satisfies Words;
