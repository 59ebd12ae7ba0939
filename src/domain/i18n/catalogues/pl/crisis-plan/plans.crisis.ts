import type { Words } from '../../../translate.ts';

export default {
  'plans.crisis.edit.title': 'Zmień mój plan kryzysowy',
  'plans.crisis.intro':
    'Najlepiej pisać ten plan, kiedy czuję się na tyle dobrze. Mówi innym, czego chcę, jeśli poczuję się bardzo źle. Każda część jest nieobowiązkowa; można go napisać po swojemu.',
  'plans.crisis.empty':
    'Nie ma jeszcze planu kryzysowego. Może on pomóc bliskim zrobić to, czego chcę, jeśli poczuję się bardzo źle.',
  'plans.crisis.start': 'Zacznij mój plan kryzysowy',
  'plans.crisis.startHint':
    'Ten plan nie jest jeszcze zapisany. Można zacząć od części, która wydaje się najłatwiejsza.',
  'plans.crisis.change': 'Zmień mój plan kryzysowy',
  'plans.crisis.back': 'Wróć do mojego planu kryzysowego',
  'plans.crisis.save': 'Zapisz plan kryzysowy',
  'plans.crisis.more': 'Więcej o moim planie kryzysowym',
  'plans.crisis.part.signs': 'Kiedy jestem w kryzysie',
  'plans.crisis.part.ending': 'Kiedy plan przestaje obowiązywać',
  'plans.crisis.signs': 'Sygnały, że jestem w kryzysie',
  'plans.crisis.signs.hint':
    'Co mogą zauważyć inni. Na przykład: „Przestaję jeść i nie wychodzę z pokoju”, „Mówię bardzo szybko i nie śpię”.',
  'plans.crisis.wantInvolved': 'Kogo chcę zaangażować',
  'plans.crisis.wantInvolved.hint':
    'Proszę wybrać osoby z sieci wsparcia, od najważniejszej. Proszę napisać, co każda z nich ma zrobić.',
  'plans.crisis.wantInvolved.pick': 'Dodaj kogoś z mojej sieci wsparcia',
  'plans.crisis.wantInvolved.add': 'Dodaj do mojego planu',
  'plans.crisis.wantInvolved.whatToDo': 'Co ma zrobić {name}',
  'plans.crisis.wantInvolved.whatToDo.hint':
    'Na przykład: „Zaopiekować się kotem”, „Chodzić ze mną na wizyty”, „Powiedzieć w pracy, że jestem na zwolnieniu”.',
  'plans.crisis.nominatedPerson': 'Moja osoba zaufana',
  'plans.crisis.nominatedPerson.pick': 'Wybierz moją osobę zaufaną',
  'plans.crisis.nominatedPerson.hint':
    'Ktoś, komu ufam i kto pomoże podejmować decyzje o mojej opiece, jeśli poczuję się bardzo źle.',
  'plans.crisis.nominatedPerson.none': 'Nikt nie jest wybrany',
  'plans.crisis.notInvolved': 'Kogo nie chcę angażować',
  'plans.crisis.notInvolved.hint':
    'Osoby, których nie chcę informować ani angażować, i dlaczego (jeśli chcę o tym napisać).',
  'plans.crisis.notInvolved.item': 'Osoba nr {number}',
  'plans.crisis.notInvolved.add': 'Dodaj osobę, której nie chcę angażować',
  'plans.crisis.notInvolved.name': 'Imię',
  'plans.crisis.notInvolved.reason': 'Dlaczego (nieobowiązkowe)',
  'plans.crisis.whatHelps': 'Co pomaga',
  'plans.crisis.whatHelps.hint':
    'Na przykład: „Cichy pokój”, „Spokojna rozmowa, jedna osoba naraz”, „Moja muzyka”.',
  'plans.crisis.whatDoesNotHelp': 'Co nie pomaga',
  'plans.crisis.whatDoesNotHelp.hint':
    'Na przykład: „Dotykanie mnie bez pytania”, „Wiele osób mówiących naraz”.',
  'plans.crisis.treatment': 'Jakiego leczenia chcę, a jakiego nie',
  'plans.crisis.treatment.hint':
    'Na przykład: „Wolę leczenie w domu, jeśli to bezpieczne”, „Nie chcę terapii elektrowstrząsowej”.',
  'plans.crisis.medication': 'Leki',
  'plans.crisis.medication.hint':
    'Co biorę teraz, co pomagało wcześniej i czego nie chcę. Na przykład: „Sertralina 100 mg mi pomaga. Olanzapina bardzo mnie usypiała”.',
  'plans.crisis.allergies': 'Alergie',
  'plans.crisis.allergies.hint':
    'Na przykład: „Penicylina”. Jeśli nie ma żadnych, można wpisać „Brak znanych alergii”.',
  'plans.crisis.placesOfCare': 'Gdzie wolę być pod opieką',
  'plans.crisis.placesOfCare.hint':
    'Na przykład: „W domu, z zespołem leczenia domowego”, „W hostelu kryzysowym przy Park Road, nie na oddziale”.',
  'plans.crisis.practical': 'Sprawy praktyczne',
  'plans.crisis.practical.hint': 'Kto czym ma się zająć, żeby nie trzeba było się o to martwić.',
  'plans.crisis.practical.children': 'Dzieci',
  'plans.crisis.practical.children.hint':
    'Na przykład: „Moja siostra Jo odbiera dzieci ze szkoły”.',
  'plans.crisis.practical.pets': 'Zwierzęta',
  'plans.crisis.practical.pets.hint':
    'Na przykład: „Ade z sąsiedztwa karmi kota. Klucz jest pod niebieską doniczką”.',
  'plans.crisis.practical.home': 'Dom',
  'plans.crisis.practical.home.hint':
    'Na przykład: „Poprosić mamę, żeby sprawdzała pocztę i podlewała kwiaty”.',
  'plans.crisis.practical.bills': 'Rachunki i pieniądze',
  'plans.crisis.practical.bills.hint':
    'Na przykład: „Czynsz idzie ze zlecenia stałego 1. dnia miesiąca”.',
  'plans.crisis.practical.work': 'Praca, nauka albo wolontariat',
  'plans.crisis.practical.work.hint':
    'Na przykład: „Powiedzieć mojej kierowniczce Priyi, nie całemu zespołowi”.',
  'plans.crisis.noLongerApplies': 'Kiedy ten plan przestaje obowiązywać',
  'plans.crisis.noLongerApplies.hint':
    'Na przykład: „Kiedy znowu śpię i jem i mówię, że mogę już zająć się swoimi sprawami”.',
  'plans.crisis.advanceChoice': 'Mój dokument z wyborami na przyszłość',
  'plans.crisis.advanceChoice.hint':
    'Jeśli jest dokument z wyborami na przyszłość albo oświadczenie o leczeniu spisane wcześniej (advance statement), można trzymać jego kopię razem z planem. Nikt inny nie może go otworzyć.',
  'plans.crisis.advanceChoice.open': 'Otwórz „{name}”',
  'plans.crisis.advanceChoice.attached': 'Dokument jest dołączony.',
  'plans.crisis.advanceChoice.remove': 'Odłącz go od mojego planu',
  'plans.crisis.lastReviewed': 'Ostatni przegląd tego planu',
  'plans.crisis.lastReviewed.label': 'Data ostatniego przeglądu',
  'plans.crisis.lastReviewed.hint':
    'Dobrze jest przeglądać plan co 6 miesięcy albo po kryzysie. Na przykład 2026-11-25.',
  'plans.crisis.lastReviewed.today': 'Przegląd był dzisiaj',
} satisfies Words;
