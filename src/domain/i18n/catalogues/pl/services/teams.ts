import type { Words } from '../../../translate.ts';

export default {
  'teams.title': 'Zespoły',
  'teams.intro': 'Pracownicy działają w zespołach. Każdy zespół musi mieć własną nazwę.',
  'teams.none': 'Nie masz jeszcze żadnych zespołów.',
  'teams.name': 'Zespół',
  'teams.members': 'Pracownicy',
  'teams.memberCount': '{count, plural, one {# osoba} few {# osoby} many {# osób} other {# osoby}}',
  'teams.change': 'Zmień',
  'teams.rename': 'Zmień nazwę: {name}',
  'teams.renameLabel': 'Nowa nazwa dla: {name}',
  'teams.save': 'Zapisz nazwę',
  'teams.cancel': 'Anuluj',
  'teams.renamed': 'Nazwa zespołu została zmieniona.',
  'teams.add.title': 'Dodaj zespół',
  'teams.add.label': 'Nazwa zespołu',
  'teams.add.submit': 'Dodaj zespół',
  'teams.added': 'Zespół został dodany.',
  'teams.code.is':
    'Kod do dołączenia do tego zespołu: {code}. Przekaż go osobom, które wspierasz. Wpisują go na swojej stronie Udostępnianie.',
  'teams.code.none': 'Ten zespół nie ma jeszcze kodu. Ludzie potrzebują go, aby dołączyć.',
  'teams.code.make': 'Utwórz kod dla {name}',
  'teams.code.new': 'Utwórz nowy kod dla {name}',
  'teams.close': 'Zamknij {name}',
  'teams.close.question':
    'Zamknąć {name}? Jego pracownicy od razu tracą to, co ludzie udostępnili zespołowi. Ludzie zachowują swoje zapisy.',
  'teams.close.yes': 'Tak, zamknij zespół',
  'teams.closed': '{name} jest zamknięty.',
} satisfies Words;
