import type { Words } from '../../../translate.ts';

export default {
  'guide.title': 'Jak wspierać kogoś w zdrowieniu',
  'guide.intro':
    'Krótki poradnik dla rodziny, przyjaciół i innych osób, które kogoś wspierają. Nie trzeba robić wszystkiego idealnie.',
  'guide.recovery.title': 'Co znaczy zdrowienie',
  'guide.recovery.body':
    'Zdrowienie to życie, które ta osoba uważa za wartościowe, z objawami albo bez nich. To jej droga: jej nadzieje, jej tempo i jej wybory. Często idzie raz do przodu, raz do tyłu, a trudny tydzień nie przekreśla tego, co już się udało.',
  'guide.helping.title': 'Jak pomagać, nie przejmując kontroli',
  'guide.helping.body':
    'Lepiej zapytać, co pomoże, niż zgadywać. Proponować pomoc i przyjąć odmowę. Zauważać, co tej osobie dobrze wychodzi, i mówić o tym. Pozwolić jej podejmować własne decyzje, także takie, które wyglądałyby inaczej, gdyby to zależało ode mnie. W Waymark to ta osoba wybiera, co jest widoczne dla innych, a wspierać ją można bez zmieniania jej zapisu.',
  'guide.yourself.title': 'Jak dbać o siebie',
  'guide.yourself.body':
    'Wspieranie kogoś bywa męczące. Warto dalej robić to, co jest dla mnie ważne, utrzymywać kontakt z własnymi przyjaciółmi i odpoczywać. Stawianie granic jest w porządku. W mojej przestrzeni mogę zapisać, czego potrzebuję, i plan dbania o siebie. Pomóc mogą też organizacje dla opiekunów i lekarz rodzinny (GP).',
  'guide.crisis.title': 'Co robić w kryzysie',
  'guide.crisis.body':
    'Jeśli czyjeś życie jest w tej chwili zagrożone, trzeba zadzwonić pod 999. Po pilną pomoc, która nie jest nagłym wypadkiem, można zadzwonić pod NHS 111. Jeśli ta osoba udostępniła swój plan kryzysowy, warto zrobić to, o co w nim prosi. Jeśli to bezpieczne, warto przy niej zostać, dbając też o własne bezpieczeństwo.',
  'guide.back': 'Wróć do mojej przestrzeni',
} satisfies Words;
