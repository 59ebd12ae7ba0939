import type { Words } from '../../../translate.ts';

export default {
  'setUp.title': 'Konfiguracja konta',
  'setUp.intro': 'Proszę wybrać hasło. Będzie służyć do logowania razem z adresem e-mail.',
  'setUp.submit': 'Skonfiguruj konto',
  'setUp.done': 'Konto jest gotowe.',
  'setUp.gone.title': 'Ten link nie działa',
  'setUp.gone.body':
    'Mógł zostać już użyty albo ma więcej niż 7 dni. Proszę poprosić osoby, które prowadzą Waymark, o nowy link.',
  'setUp.signIn': 'Konto jest już gotowe? Zaloguj się',
} satisfies Words;
