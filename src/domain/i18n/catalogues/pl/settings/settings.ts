import type { Words } from '../../../translate.ts';

export default {
  'settings.title': 'Ustawienia',
  'settings.intro':
    'Moje konto, przypomnienia z Waymark i to, co jest przechowywane na tym urządzeniu.',
  'settings.account.title': 'Moje konto',
  'settings.name.hint':
    'Jak inni mają się do mnie zwracać. Widzą to też osoby, którym coś udostępniam.',
  'settings.name.save': 'Zapisz moje imię',
  'settings.name.saved': 'Imię zostało zapisane.',
  'settings.email': 'Adres e-mail',
  'settings.email.readOnly':
    'Adresu e-mail nie można jeszcze tu zmienić: Waymark musiałby najpierw sprawdzić, czy nowy adres naprawdę należy do mnie.',
  'settings.checkins.title': 'Ocena samopoczucia',
  'settings.checkins.reminder': 'Przypomnienia: {frequency}',
  'settings.checkins.scales': 'O co Waymark pyta: {scales}',
  'settings.checkins.noScales': 'O co Waymark pyta: nie wybrano żadnych skal',
  'settings.checkins.signs':
    'Waymark pyta o {count, plural, one {# wczesny sygnał ostrzegawczy} few {# wczesne sygnały ostrzegawcze} many {# wczesnych sygnałów ostrzegawczych} other {# wczesnego sygnału ostrzegawczego}}',
  'settings.checkins.change': 'Zmień moje ustawienia oceny samopoczucia',
  'settings.device.title': 'Mój plan kryzysowy na tym urządzeniu',
  'settings.device.noPlan':
    'Po napisaniu planu kryzysowego można zachować jego kopię na tym urządzeniu. Wtedy można ją otworzyć bez internetu.',
  'settings.device.write': 'Napisz mój plan kryzysowy',
  'settings.language.title': 'Język',
  'settings.language.intro':
    'Waymark używa tego języka na każdym urządzeniu, na którym się loguję. Używa go też w e-mailach, które do mnie wysyła. Można go też zmienić na dole każdej strony.',
  'settings.welcome.title': 'Pierwsze kroki',
  'settings.welcome.again': 'Przeczytaj jeszcze raz powitanie',
  'settings.import': 'Przenieś moją dokumentację z innego Waymark',
} satisfies Words;
