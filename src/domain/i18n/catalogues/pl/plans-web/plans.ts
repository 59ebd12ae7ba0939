import type { Words } from '../../../translate.ts';

export default {
  'plans.title': 'Moje plany',
  'plans.intro':
    'Plany pisane własnymi słowami: na dobre samopoczucie, na czas kryzysu i na czas po nim. Można zacząć od tego, który wydaje się najbardziej przydatny.',
  'plans.related': 'Też może się przydać',
  'plans.backToPlans': 'Wróć do moich planów',
  'plans.notStarted': 'Jeszcze nie zaczęty.',
  'plans.changedOn': 'Ostatnia zmiana: {date}.',
  'plans.lastSaved': 'Ostatni zapis: {when}.',
  'plans.contactGone': 'Ktoś, kogo nie ma już w sieci wsparcia',
  'plans.pair': '{first}: {second}',
  'plans.yes': 'Tak',
  'plans.no': 'Nie',
  'plans.sheet.nothing': 'Nic jeszcze nie napisano.',
  'plans.list.empty': 'Nic tu jeszcze nie ma.',
  'plans.list.entry': 'pozycja {number}',
  'plans.list.which': '{what}',
  'plans.list.moveUp': 'W górę',
  'plans.list.moveDown': 'W dół',
  'plans.list.remove': 'Usuń',
  'plans.list.removed': 'Usunięto: {what}. Zniknie po zapisaniu.',
  'plans.list.restored': 'Przywrócono: {what}.',
  'plans.list.full':
    'Tu można mieć najwyżej {max, plural, one {# pozycję} few {# pozycje} many {# pozycji} other {# pozycji}}.',
  'plans.picker.hint': 'Można wybrać tylko osoby z sieci wsparcia.',
  'plans.picker.placeholder': 'Wybierz osobę',
  'plans.picker.crisisContact': '{name} (kontakt na czas kryzysu)',
  'plans.picker.choose': 'Proszę najpierw wybrać kogoś z listy',
  'plans.picker.none': 'Nikt nie jest jeszcze wybrany.',
  'plans.picker.allChosen': 'Wszystkie osoby z sieci wsparcia już tu są.',
  'plans.picker.emptyNetwork': 'W sieci wsparcia nie ma jeszcze nikogo.',
  'plans.picker.addToNetwork': 'Dodaj kogoś do mojej sieci wsparcia',
  'plans.review.title': 'Czas jeszcze raz przejrzeć plan kryzysowy',
  'plans.review.old':
    'Ostatni przegląd planu kryzysowego: {date}, ponad 6 miesięcy temu. W dogodnej chwili warto go przeczytać i zmienić to, co jest teraz inaczej.',
  'plans.review.missing':
    'W planie kryzysowym nie ma daty ostatniego przeglądu. W dogodnej chwili warto go przeczytać i dopisać datę.',
  'plans.review.link': 'Przejrzyj mój plan kryzysowy',
  'plans.staying-well.title': 'Mój plan dobrego samopoczucia',
  'plans.staying-well.summary':
    'Co pomaga mi zachować dobre samopoczucie, co może wytrącić mnie z równowagi i na jakie wczesne sygnały uważać.',
  'plans.crisis.title': 'Mój plan kryzysowy',
  'plans.crisis.summary':
    'Co ma się dziać w czasie kryzysu i kogo chcę wtedy zaangażować. Plan można wydrukować, mieć w telefonie i udostępnić w nagłej sytuacji.',
  'plans.view.own.signs': 'Sygnały, że jestem w kryzysie',
  'plans.view.other.signs': 'Sygnały, że {name} jest w kryzysie',
  'plans.view.own.wantInvolved': 'Kogo chcę zaangażować',
  'plans.view.other.wantInvolved': 'Kogo {name} chce zaangażować',
  'plans.view.own.notInvolved': 'Kogo nie chcę angażować',
  'plans.view.other.notInvolved': 'Kogo {name} nie chce angażować',
  'plans.view.helps': 'Co pomaga, a co nie',
  'plans.view.care': 'Leczenie, leki i alergie',
  'plans.view.call': 'Zadzwoń: {phone}',
  'plans.view.nominatedHint': 'Osoba, która ma brać udział w decyzjach o opiece.',
  'plans.view.lastReviewed': 'Ostatni przegląd: {date}.',
  'plans.view.notReviewed': 'Brak daty przeglądu.',
  'plans.safety.title': 'Mój plan bezpieczeństwa',
  'plans.safety.summary':
    'Kroki, które pomagają zachować bezpieczeństwo, kiedy wszystkiego jest za dużo: od tego, co można zrobić samemu, po ludzi, którzy mogą pomóc.',
  'plans.after-crisis.title': 'Po kryzysie',
  'plans.after-crisis.summary':
    'Czego potrzebuję, żeby wrócić do siebie, i czego ta sytuacja mnie nauczyła na przyszłość.',
  'plans.moving-on.title': 'Dalsza droga',
  'plans.moving-on.summary':
    'Na czas, gdy odchodzisz z usługi: sygnały, na które warto uważać, z kim się skontaktować i jak szybko wrócić, jeśli będzie trzeba.',
} satisfies Words;
