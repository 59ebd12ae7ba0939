import type { Words } from '../../../translate.ts';

export default {
  'plans.safety.intro':
    'Plan bezpieczeństwa pomaga przetrwać chwile, kiedy trudno jest zadbać o własne bezpieczeństwo. Najlepiej pisać go w spokojniejszym czasie, własnymi słowami.',
  'plans.safety.intro2':
    'Można iść przez niego krok po kroku. Wystarczy wpisać to, co pomaga, i zmieniać go, kiedy tylko trzeba.',
  'plans.safety.empty':
    'Ten plan nie jest jeszcze zaczęty. Można zacząć od jednej rzeczy, która już kiedyś pomogła.',
  'plans.safety.save': 'Zapisz plan bezpieczeństwa',
  'plans.safety.warningSigns': 'Sygnały, że robi się trudno',
  'plans.safety.warningSigns.hint':
    'Myśli, uczucia albo sytuacje. Na przykład: „Zaczynam myśleć, że nikt by nie zauważył, gdyby mnie nie było”.',
  'plans.safety.warningSigns.item': 'Sygnał nr {number}',
  'plans.safety.warningSigns.add': 'Dodaj sygnał',
  'plans.safety.onMyOwn': 'Co mogę zrobić bez niczyjej pomocy',
  'plans.safety.onMyOwn.hint':
    'Na przykład: „Wziąć zimny prysznic”, „Włączyć moją playlistę Spokój”, „Potrzymać kamień z plaży w Filey”.',
  'plans.safety.onMyOwn.item': 'Coś dla siebie, nr {number}',
  'plans.safety.onMyOwn.add': 'Dodaj coś, co mogę zrobić',
  'plans.safety.peopleAndPlaces': 'Ludzie i miejsca, które pomagają mi oderwać myśli',
  'plans.safety.peopleAndPlaces.hint':
    'Na przykład: „Kawiarnia w bibliotece”, „Siedzenie z babcią, kiedy ogląda teleturnieje”.',
  'plans.safety.peopleAndPlaces.item': 'Osoba lub miejsce nr {number}',
  'plans.safety.peopleAndPlaces.add': 'Dodaj osobę lub miejsce',
  'plans.safety.peopleToAsk': 'Kogo mogę poprosić o pomoc',
  'plans.safety.peopleToAsk.hint':
    'Osoby z sieci wsparcia. Ich numery telefonów są tu widoczne, żeby można było od razu zadzwonić.',
  'plans.safety.peopleToAsk.pick': 'Dodaj kogoś, kogo mogę poprosić o pomoc',
  'plans.safety.peopleToAsk.add': 'Dodaj do mojego planu',
  'plans.safety.professionals': 'Specjaliści i placówki, z którymi mogę się skontaktować',
  'plans.safety.professionals.hint':
    'Na przykład: lekarz rodzinny (GP), koordynator opieki albo zespół kryzysowy. Najpierw trzeba ich dodać do sieci wsparcia razem z numerem telefonu.',
  'plans.safety.professionals.pick': 'Dodaj specjalistę lub placówkę',
  'plans.safety.professionals.add': 'Dodaj do mojego planu',
  'plans.safety.saferSurroundings': 'Jak zrobić moje otoczenie bezpieczniejszym',
  'plans.safety.saferSurroundings.hint':
    'Co mogę zrobić ja albo inni, żeby miejsce, w którym jestem, było bezpieczniejsze. Na przykład: „Poprosić brata, żeby przez jakiś czas przechował dla mnie pewne rzeczy”.',
  'plans.safety.saferSurroundings.item': 'Bezpieczniej, nr {number}',
  'plans.safety.saferSurroundings.add': 'Dodaj coś, co zwiększa moje bezpieczeństwo',
  'plans.safety.reasonsForLiving': 'Po co warto żyć',
  'plans.safety.reasonsForLiving.hint':
    'Ludzie, nadzieje i rzeczy, które są dla mnie ważne. Na przykład: „Ślub mojej córki na wiosnę”, „Mój pies, Biszkopt”.',
  'plans.safety.reasonsForLiving.item': 'Powód nr {number}',
  'plans.safety.reasonsForLiving.add': 'Dodaj powód',
  'plans.safety.photos': 'Zdjęcia tego, po co warto żyć',
  'plans.safety.photos.hint': 'Zdjęcia w zapisie są prywatne. Nikt inny ich nie widzi.',
  'plans.safety.photos.add': 'Dodaj zdjęcie',
  'plans.safety.photos.alt': 'Po co warto żyć, zdjęcie nr {number}',
  'plans.safety.photos.remove': 'Usuń zdjęcie nr {number}',
  'plans.safety.photos.removed': 'Zdjęcie usunięte. Zniknie z planu po zapisaniu.',
  'plans.safety.photoCount':
    '{count, plural, one {# zdjęcie} few {# zdjęcia} many {# zdjęć} other {# zdjęcia}}',
} satisfies Words;
