import type { Words } from '../../../translate.ts';

export default {
  'accept.title': '{name} zaprasza do oglądania swojego zapisu',
  'accept.as': 'Ta osoba zna mnie jako: {knownAs} ({role}).',
  'accept.sections': 'Będzie można czytać:',
  'accept.nothing': 'Na razie żadnych części. {name} może później udostępnić więcej.',
  'accept.until': 'Dostęp kończy się po dniu: {date}.',
  'accept.readOnly':
    'Te części można czytać, ale nie można ich zmieniać. {name} może w każdej chwili przestać je udostępniać.',
  'accept.expires': 'To zaproszenie działa do: {when}.',
  'accept.accept': 'Przyjmij',
  'accept.notNow': 'Nie teraz',
  'accept.gone.title': 'To zaproszenie nie działa',
  'accept.gone.body':
    'Mogło już zostać użyte, wycofane albo mogło wygasnąć. Proszę poprosić osobę zapraszającą o nowe.',
  'accept.code.title': 'Mam kod',
  'accept.code.label': 'Kod zaproszenia',
  'accept.code.hint':
    'Kod przeczytany albo przesłany przez drugą osobę, na przykład K7P-M3Q-X9T-W.',
  'accept.code.submit': 'Dalej',
  'accept.code.required': 'Proszę wpisać otrzymany kod',
  'accept.accepted': '{name} udostępnia teraz część swojego zapisu.',
} satisfies Words;
