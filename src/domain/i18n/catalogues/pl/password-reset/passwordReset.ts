import type { Words } from '../../../translate.ts';

export default {
  'passwordReset.ask.title': 'Nie pamiętasz hasła',
  'passwordReset.ask.intro':
    'Wpisz adres e-mail, którym się logujesz. Wyślemy Ci link do wybrania nowego hasła.',
  'passwordReset.ask.submit': 'Wyślij mi link',
  'passwordReset.sent.title': 'Sprawdź pocztę',
  'passwordReset.sent.body':
    'Jeśli {email} należy do konta Waymark, wysłaliśmy na ten adres link. Link działa raz, przez {minutes} minut.',
  'passwordReset.sent.nothing':
    'Nic nie przyszło? Zajrzyj do folderu spam albo odczekaj kilka minut i poproś ponownie.',
  'passwordReset.sent.again': 'Poproś ponownie',
  'passwordReset.choose.title': 'Wybierz nowe hasło',
  'passwordReset.choose.intro':
    'Po zapisaniu zostaniesz wylogowany wszędzie. Potem zaloguj się nowym hasłem.',
  'passwordReset.choose.submit': 'Zapisz moje nowe hasło',
  'passwordReset.done': 'Twoje nowe hasło jest zapisane. Zaloguj się nim.',
  'passwordReset.gone.title': 'Ten link nie działa',
  'passwordReset.gone.body': 'Mógł już zostać użyty albo jest starszy niż godzina.',
  'passwordReset.gone.again': 'Poproś o nowy link',
  'passwordReset.backToSignIn': 'Wróć do logowania',
  'passwordReset.email.subject': 'Wybierz nowe hasło do Waymark',
  'passwordReset.email.body':
    'Ktoś poprosił o wybranie nowego hasła do Twojego konta Waymark.\n\nAby je wybrać, otwórz ten link. Działa raz, przez {minutes} minut:\n{link}\n\nJeśli to nie Ty, zignoruj tę wiadomość. Twoje hasło się nie zmieni.',
} satisfies Words;
