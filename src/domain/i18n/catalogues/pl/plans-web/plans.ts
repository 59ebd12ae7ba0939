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
    '{max, plural, one {Tu można mieć najwyżej # pozycję.} few {Tu można mieć najwyżej # pozycje.} many {Tu można mieć najwyżej # pozycji.} other {Tu można mieć najwyżej # pozycji.}}',
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
  'plans.sw.intro':
    'Co pomaga mi dobrze się czuć, moimi słowami. Najlepiej sprawdzają się małe, konkretne rzeczy. Najważniejsze warto wpisać na początku.',
  'plans.sw.empty':
    'Ten plan nie jest jeszcze zaczęty. Można zacząć od jednej rzeczy, która pomaga, nawet bardzo małej.',
  'plans.sw.save': 'Zapisz plan dobrego samopoczucia',
  'plans.sw.daily': 'Co robię codziennie, żeby dobrze się czuć',
  'plans.sw.daily.hint':
    'Na przykład: „Przed 10 idę do sklepu i z powrotem”, „Piszę SMS-a do siostry”.',
  'plans.sw.daily.item': 'Codziennie, nr {number}',
  'plans.sw.daily.add': 'Dodaj coś, co robię codziennie',
  'plans.sw.weekly': 'Co robię co tydzień',
  'plans.sw.weekly.hint':
    'Na przykład: „Piłka nożna w sobotę”, „Telefon do taty w niedzielę wieczorem”.',
  'plans.sw.weekly.item': 'Co tydzień, nr {number}',
  'plans.sw.weekly.add': 'Dodaj coś, co robię co tydzień',
  'plans.sw.triggers': 'Co może wytrącić mnie z równowagi i co wtedy pomaga',
  'plans.sw.triggers.hint':
    'Na przykład: „Listy w sprawie pieniędzy”, a co pomaga: „Otwieram je razem z moją opiekunką z poradni”.',
  'plans.sw.triggers.item': 'Wyzwalacz nr {number}',
  'plans.sw.triggers.add': 'Dodaj wyzwalacz',
  'plans.sw.triggers.trigger': 'Co może wytrącić mnie z równowagi',
  'plans.sw.triggers.whatHelps': 'Co pomaga',
  'plans.sw.earlyWarningSigns': 'Wczesne sygnały ostrzegawcze i co wtedy robić',
  'plans.sw.earlyWarningSigns.hint':
    'Na przykład: „Przestaję odbierać telefon”, a co robić: „Mama wpada na herbatę”.',
  'plans.sw.earlyWarningSigns.item': 'Wczesny sygnał ostrzegawczy nr {number}',
  'plans.sw.earlyWarningSigns.add': 'Dodaj wczesny sygnał ostrzegawczy',
  'plans.sw.earlyWarningSigns.sign': 'Sygnał, że zaczynam się źle czuć',
  'plans.sw.earlyWarningSigns.whatToDo': 'Co mam zrobić ja albo inni',
  'plans.sw.gettingWorse': 'Kiedy jest coraz gorzej i co wtedy pomaga',
  'plans.sw.gettingWorse.hint':
    'Na przykład: „Prawie całą noc nie śpię”, a co pomaga: „Rano dzwonię do mojego koordynatora opieki”.',
  'plans.sw.gettingWorse.item': 'Kiedy jest coraz gorzej, nr {number}',
  'plans.sw.gettingWorse.add': 'Dodaj sygnał, że jest coraz gorzej',
  'plans.sw.gettingWorse.sign': 'Sygnał, że jest coraz gorzej',
  'plans.sw.gettingWorse.whatHelps': 'Co wtedy pomaga',
  'plans.crisis.title': 'Mój plan kryzysowy',
  'plans.crisis.summary':
    'Co ma się dziać w czasie kryzysu i kogo chcę wtedy zaangażować. Plan można wydrukować, mieć w telefonie i udostępnić w nagłej sytuacji.',
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
    'Proszę wybrać osoby z sieci wsparcia, od najważniejszej, i napisać, co każda z nich ma zrobić.',
  'plans.crisis.wantInvolved.pick': 'Dodaj kogoś z mojej sieci wsparcia',
  'plans.crisis.wantInvolved.add': 'Dodaj do mojego planu',
  'plans.crisis.wantInvolved.whatToDo': 'Co ma zrobić {name}',
  'plans.crisis.wantInvolved.whatToDo.hint':
    'Na przykład: „Zaopiekować się kotem”, „Chodzić ze mną na wizyty”, „Powiedzieć w pracy, że jestem na zwolnieniu”.',
  'plans.crisis.nominatedPerson': 'Moja osoba zaufana',
  'plans.crisis.nominatedPerson.pick': 'Wybierz moją osobę zaufaną',
  'plans.crisis.nominatedPerson.hint':
    'Ktoś, komu ufam i kto ma brać udział w decyzjach o mojej opiece, jeśli poczuję się bardzo źle.',
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
  'plans.after-crisis.title': 'Po kryzysie',
  'plans.after-crisis.summary':
    'Czego potrzebuję, żeby wrócić do siebie, i czego ta sytuacja mnie nauczyła na przyszłość.',
  'plans.after.intro':
    'Po kryzysie warto zapisać, czego teraz potrzeba i co następnym razem powinno być inaczej. Bez pośpiechu.',
  'plans.after.empty': 'Nic jeszcze nie napisano. Można tu wrócić w dowolnej chwili.',
  'plans.after.save': 'Zapisz',
  'plans.after.backOnTrack': 'Czego potrzebuję, żeby wrócić do siebie',
  'plans.after.backOnTrack.hint':
    'Na przykład: „Stopniowy powrót do pracy”, „Ktoś, kto pomoże nadrobić pocztę i rachunki”.',
  'plans.after.learned': 'Czego uczy mnie to na przyszłość',
  'plans.after.learned.hint':
    'Na przykład: „Dwa tygodnie wcześniej zaczęły się kłopoty ze snem. Następnym razem szybciej zadzwonię do lekarza”.',
  'plans.safety.photoCount':
    '{count, plural, one {# zdjęcie} few {# zdjęcia} many {# zdjęć} other {# zdjęcia}}',
} satisfies Words;
