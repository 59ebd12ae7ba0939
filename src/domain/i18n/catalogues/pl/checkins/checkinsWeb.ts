import type { Words } from '../../../translate.ts';

export default {
  'checkinsWeb.title': 'Jak się czuję',
  'checkinsWeb.intro':
    'Jak jest dzisiaj? Proszę wybrać liczbę przy każdej skali. Każdą można pominąć.',
  'checkinsWeb.scaleHint': '{min} oznacza: {low}. {max} oznacza: {high}.',
  'checkinsWeb.low': 'bardzo źle',
  'checkinsWeb.high': 'bardzo dobrze',
  'checkinsWeb.noScales':
    'Żadna skala nie jest teraz używana. Można je wybrać w ustawieniach oceny samopoczucia.',
  'checkinsWeb.signsLegend': 'Moje wczesne sygnały ostrzegawcze',
  'checkinsWeb.signsHint': 'Czy to się dzieje? Proszę zaznaczyć te, które tak.',
  'checkinsWeb.note': 'Coś jeszcze do dodania (nieobowiązkowe)',
  'checkinsWeb.noteHint':
    'Skąd taka ocena, własnymi słowami. Najwyżej {max, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.',
  'checkinsWeb.forMeOnly': 'Tylko dla mnie',
  'checkinsWeb.forMeOnlyHint': 'To nigdy nie trafia do raportów dla placówki.',
  'checkinsWeb.save': 'Zapisz ocenę samopoczucia',
  'checkinsWeb.savedAt': 'Ocena samopoczucia zapisana o {time}.',
  'checkinsWeb.seeCharts': 'Zobacz, jak mi idzie',
  'checkinsWeb.plannedTitle': 'Mój plan na taką chwilę',
  'checkinsWeb.plannedIntro': 'Ten sygnał właśnie się pojawia. Oto plan na taką sytuację.',
  'checkinsWeb.plannedNone': 'Tego sygnału nie ma już w planie dobrego samopoczucia.',
  'checkinsWeb.plannedPlanLink': 'Otwórz mój plan dobrego samopoczucia',
  'checkinsWeb.settingsLink': 'Wybierz skale i przypomnienia',
  'checkinsWeb.settingsTitle': 'Ustawienia oceny samopoczucia',
  'checkinsWeb.settingsIntro':
    'Tu można wybrać, o co Waymark pyta przy ocenie samopoczucia i jak często przypomina.',
  'checkinsWeb.backToCheckIn': 'Wróć do oceny samopoczucia',
  'checkinsWeb.scalesLegend': 'Skale do użycia',
  'checkinsWeb.scalesHint':
    'Proszę zaznaczyć skale, o które Waymark ma pytać. Liczby od 1 do 7 są szybsze, a od 0 do 10 dają więcej szczegółów.',
  'checkinsWeb.rangeFor': 'Liczby dla skali: {name}',
  'checkinsWeb.range.1-7': 'od 1 do 7',
  'checkinsWeb.range.0-10': 'od 0 do 10',
  'checkinsWeb.newScaleLegend': 'Dodaj własną skalę',
  'checkinsWeb.newScaleName': 'Nazwa skali',
  'checkinsWeb.newScaleHint': 'Na przykład „Poczucie więzi z innymi” albo „Ból”.',
  'checkinsWeb.newScaleRange': 'Liczby dla tej skali',
  'checkinsWeb.addScale': 'Dodaj tę skalę',
  'checkinsWeb.reminderLegend': 'Jak często oceniać samopoczucie?',
  'checkinsWeb.reminderHint': 'Strona główna pokaże, kiedy przyjdzie czas na ocenę samopoczucia.',
  'checkinsWeb.promptsLegend': 'O które wczesne sygnały ostrzegawcze pytać',
  'checkinsWeb.promptsHint':
    'Te sygnały pochodzą z planu dobrego samopoczucia. Proszę zaznaczyć te, o które Waymark ma pytać przy ocenie samopoczucia.',
  'checkinsWeb.noSigns':
    'W planie dobrego samopoczucia nie ma jeszcze żadnych wczesnych sygnałów ostrzegawczych.',
  'checkinsWeb.saveSettings': 'Zapisz ustawienia',
  'checkinsWeb.dueTitle': 'Co czeka',
  'checkinsWeb.dueNow': 'Dziś jest czas na ocenę samopoczucia.',
  'checkinsWeb.checkInNow': 'Oceń samopoczucie teraz',
  'checkinsWeb.dueNext': 'Następna ocena samopoczucia: {date}.',
  'checkinsWeb.dueNothing': 'Nic nie czeka.',
  'checkinsWeb.checkInAnyTime': 'Oceń samopoczucie w dowolnej chwili',
} satisfies Words;
