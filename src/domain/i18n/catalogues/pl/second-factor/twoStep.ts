import type { Words } from '../../../translate.ts';

export default {
  'twoStep.title': 'Logowanie dwuetapowe',
  'twoStep.intro':
    'Przy logowaniu dwuetapowym oprócz hasła wpisujesz kod z aplikacji na telefonie. Dzięki temu ktoś, kto pozna Twoje hasło, nadal nie zaloguje się jako Ty.',
  'twoStep.on': 'Logowanie dwuetapowe jest włączone.',
  'twoStep.off': 'Logowanie dwuetapowe jest wyłączone.',
  'twoStep.codesLeft':
    '{count, plural, one {Został Ci # kod odzyskiwania.} few {Zostały Ci # kody odzyskiwania.} many {Zostało Ci # kodów odzyskiwania.} other {Zostało Ci # kodu odzyskiwania.}}',
  'twoStep.start': 'Ustaw logowanie dwuetapowe',
  'twoStep.keyIntro':
    'Otwórz aplikację uwierzytelniającą na telefonie. Dodaj w niej nowe konto i wpisz ten klucz:',
  'twoStep.key': 'Twój klucz',
  'twoStep.link': 'Otwórz klucz w aplikacji na tym urządzeniu',
  'twoStep.codeIntro': 'Potem wpisz 6-cyfrowy kod, który aplikacja pokazuje dla Waymark.',
  'twoStep.code': 'Kod z aplikacji',
  'twoStep.codeHint': 'Nowy kod pojawia się co 30 sekund. Wpisz ten, który widać teraz.',
  'twoStep.confirm': 'Włącz logowanie dwuetapowe',
  'twoStep.codesTitle': 'Twoje kody odzyskiwania',
  'twoStep.codesIntro':
    'Jeśli zgubisz telefon, możesz zalogować się jednym z tych kodów. Każdy kod działa raz. Zapisz je albo wydrukuj i trzymaj w bezpiecznym miejscu. Nie zobaczysz ich ponownie.',
  'twoStep.saved': 'Zapisałem lub zapisałam te kody',
  'twoStep.turnedOn':
    'Logowanie dwuetapowe jest włączone. Przy logowaniu będzie potrzebny kod z aplikacji.',
  'twoStep.turnOff': 'Wyłącz logowanie dwuetapowe',
  'twoStep.turnOffIntro': 'Wpisz hasło, aby wyłączyć logowanie dwuetapowe.',
  'twoStep.password': 'Obecne hasło',
  'twoStep.turnedOff': 'Logowanie dwuetapowe jest wyłączone.',
  'twoStep.signIn.title': 'Wpisz kod z aplikacji',
  'twoStep.signIn.intro':
    'Otwórz aplikację uwierzytelniającą na telefonie. Wpisz 6-cyfrowy kod, który pokazuje dla Waymark.',
  'twoStep.signIn.code': 'Kod',
  'twoStep.signIn.submit': 'Dalej',
  'twoStep.signIn.useRecovery': 'Nie mogę użyć aplikacji: użyję kodu odzyskiwania',
  'twoStep.signIn.useApp': 'Użyj kodu z aplikacji',
  'twoStep.signIn.recoveryTitle': 'Wpisz kod odzyskiwania',
  'twoStep.signIn.recoveryCode': 'Kod odzyskiwania',
  'twoStep.signIn.recoveryHint':
    'Jeden z kodów zapisanych przy ustawianiu logowania dwuetapowego. Każdy kod działa raz.',
  'twoStep.staffMust':
    'Pracujesz dla placówki, więc musisz włączyć logowanie dwuetapowe, zanim zobaczysz cokolwiek o osobach, z którymi pracujesz. Do tego czasu Waymark będzie Cię kierować na tę stronę.',
} satisfies Words;
