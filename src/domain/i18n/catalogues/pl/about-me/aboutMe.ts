import type { Words } from '../../../translate.ts';

export default {
  'aboutMe.title': 'O mnie',
  'aboutMe.intro':
    'Tu można pisać własnymi słowami. Nikt inny tego nie zobaczy, chyba że zostanie to udostępnione.',
  'aboutMe.strengths': 'Moje mocne strony',
  'aboutMe.strengths.hint': 'Na przykład: „Umiem słuchać”, „Nie poddaję się, kiedy jest trudno”.',
  'aboutMe.values': 'Co cenię',
  'aboutMe.values.hint': 'Na przykład: uczciwość, moja wiara, bycie dobrym rodzicem.',
  'aboutMe.whatMatters': 'Co jest dla mnie ważne',
  'aboutMe.whatMatters.hint': 'Ludzie, miejsca i rzeczy, dla których warto żyć.',
  'aboutMe.identity': 'Kim jestem',
  'aboutMe.identity.hint': 'Jak opisuję siebie, dowolnymi słowami.',
  'aboutMe.culture': 'Moja kultura, wiara i społeczność',
  'aboutMe.culture.hint':
    'Skąd pochodzę, w co wierzę, moja społeczność: wszystko, co chcę, żeby inni wiedzieli.',
  'aboutMe.whenWell': 'Jak wygląda moje życie, kiedy czuję się dobrze',
  'aboutMe.whenWell.hint':
    'Na przykład: „Wstaję wcześnie, w niedziele spotykam się z siostrą i gotuję dla przyjaciół”.',
  'aboutMe.howToSupportMe': 'Jak inni mogą mnie najlepiej wspierać',
  'aboutMe.howToSupportMe.hint':
    'Na przykład: „Dajcie mi czas na odpowiedź”, „Napiszcie SMS-a, zanim zadzwonicie”, „Posiedźcie ze mną zamiast dawać rady”.',
  'aboutMe.empty':
    'Nic tu jeszcze nie ma. Można zacząć od tego, co wydaje się najłatwiejsze. Każde pole można zostawić puste.',
  'aboutMe.lastSaved': 'Ostatni zapis: {when}.',
} satisfies Words;
