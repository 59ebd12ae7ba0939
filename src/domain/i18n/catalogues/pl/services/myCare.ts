import type { Words } from '../../../translate.ts';

export default {
  'myCare.title': 'Elementy mojej opieki',
  'myCare.intro':
    'Przed przeglądem ludzie oceniają obszary swojego życia i te części swojej opieki. Użyj słów, które pasują do Twojej placówki.',
  'myCare.none': 'Nie pytasz o żadną część opieki. Dodaj element poniżej.',
  'myCare.default.medication': 'Leki',
  'myCare.default.practicalHelp': 'Praktyczna pomoc',
  'myCare.default.meetings': 'Spotkania ze specjalistami',
  'myCare.moveUp': 'Przesuń w górę: {label}',
  'myCare.moveDown': 'Przesuń w dół: {label}',
  'myCare.rename': 'Zmień nazwę: {label}',
  'myCare.renameTitle': 'Zmień nazwę: {label}',
  'myCare.renameLabel': 'Nowe słowa dla: {label}',
  'myCare.save': 'Zapisz słowa',
  'myCare.cancel': 'Anuluj',
  'myCare.renamed': 'Nazwa elementu została zmieniona.',
  'myCare.archive': 'Przestań pytać o: {label}',
  'myCare.archived': 'Ludzie nie są już pytani o: {label}. Wcześniejsze przeglądy go zachowują.',
  'myCare.archivedTitle': 'Już nie pytamy o',
  'myCare.archivedIntro': 'Wcześniejsze przeglądy nadal je pokazują.',
  'myCare.add.title': 'Dodaj element',
  'myCare.add.label': 'Słowa dla nowego elementu',
  'myCare.add.submit': 'Dodaj element',
  'myCare.added': 'Element został dodany.',
  'myCare.conflict':
    'Ktoś inny właśnie zmienił tę listę. Pokazujemy najnowszą listę. Spróbuj ponownie.',
} satisfies Words;
