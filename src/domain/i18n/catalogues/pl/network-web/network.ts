import type { Words } from '../../../translate.ts';

export default {
  'network.title': 'Moja sieć wsparcia',
  'network.intro':
    'Ludzie, grupy i placówki, które mnie wspierają: jak każdy z nich pomaga i jak się z nim skontaktować. Plany mogą wskazywać osoby z tej listy.',
  'network.add': 'Dodaj kogoś',
  'network.none':
    'Nie ma tu jeszcze nikogo. Kto mi pomaga? Może to być ktoś bliski, sąsiad lub sąsiadka, grupa, do której chodzę, albo placówka.',
  'network.kind.person': 'Osoba',
  'network.kind.group': 'Grupa',
  'network.kind.service': 'Placówka',
  'network.formal': 'Wsparcie formalne',
  'network.informal': 'Wsparcie nieformalne',
  'network.formal.long':
    'Formalne: specjalista albo placówka, na przykład lekarz rodzinny (GP), pielęgniarka albo zespół kryzysowy',
  'network.informal.long': 'Nieformalne: rodzina, przyjaciele, sąsiedzi, grupa albo społeczność',
  'network.crisisContact': 'Kontakt na czas kryzysu',
  'network.field.name': 'Nazwa',
  'network.field.name.hint':
    'Jak nazywam tę osobę lub miejsce. Na przykład: „Mama”, „Ade z sąsiedztwa”, „Wtorkowa grupa spacerowa”.',
  'network.field.kind': 'Czy to osoba, grupa czy placówka?',
  'network.field.howTheyHelp': 'Jak pomaga',
  'network.field.howTheyHelp.hint':
    'Na przykład: „Słucha bez oceniania”, „Zabiera mnie na spacer, kiedy nie daję rady wyjść”.',
  'network.field.phone': 'Telefon',
  'network.field.phoneOptional': 'Numer telefonu (nieobowiązkowe)',
  'network.field.phone.hint': 'Na przykład: 07700 900123.',
  'network.field.email': 'E-mail',
  'network.field.emailOptional': 'Adres e-mail (nieobowiązkowe)',
  'network.field.notes': 'Notatki',
  'network.field.notesOptional': 'Notatki (nieobowiązkowe)',
  'network.field.notes.hint': 'Na przykład: kiedy najlepiej dzwonić albo „Nie dzwonić po 21:00”.',
  'network.field.formal': 'Jakie to wsparcie?',
  'network.field.formal.hint': 'Oba rodzaje są ważne.',
  'network.field.crisisContact': 'Kontakt na czas kryzysu',
  'network.field.crisisContact.hint':
    'Proszę zaznaczyć, jeśli w czasie kryzysu ktoś ma się skontaktować z tą osobą.',
  'network.new.title': 'Dodaj kogoś do mojej sieci wsparcia',
  'network.edit.title': 'Zmień dane',
  'network.save': 'Zapisz',
  'network.saved': 'Zapisano „{name}”.',
  'network.back': 'Wróć do mojej sieci wsparcia',
  'network.change': 'Zmień',
  'network.delete': 'Usuń',
  'network.delete.confirm':
    'Usunąć „{name}” z sieci wsparcia? Plany, które wskazują tę osobę lub miejsce, pokażą, że nie ma już jej w sieci.',
  'network.delete.yes': 'Tak, usuń',
  'network.deleted': 'Usunięto „{name}”.',
  'network.restored': '„{name}” jest z powrotem.',
  'network.changedElsewhere':
    'To zmieniło się w innym miejscu, więc nie zostało usunięte. Lista została odświeżona: proszę ją sprawdzić i spróbować jeszcze raz.',
} satisfies Words;
