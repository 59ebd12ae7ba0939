import type { Words } from '../../../translate.ts';

export default {
  'invitations.validation.role': 'Proszę wybrać, kim jest dla mnie ta osoba',
  'invitations.suggest': '{section}: może też proponować zmiany do przyjęcia lub odrzucenia',
  'invitations.validation.knownAs': 'Proszę wpisać imię, pod którym znam tę osobę',
  'invitations.validation.level':
    'Proszę wybrać dla każdej części: brak dostępu, oglądanie albo proponowanie zmian',
  'invitations.validation.section': 'Nie ma części o takiej nazwie',
  'invitations.validation.journal':
    'Dziennika nie można udostępnić jako części. Można udostępnić pojedynczy wpis z dziennika.',
  'invitations.validation.endsAtPast': 'Data końca musi być dzisiejsza albo w przyszłości',
  'invitations.validation.expiry': 'Proszę wybrać czas ważności od 1 do 30 dni',
  'invitations.list.title': 'Zaproszenia czekające na przyjęcie',
  'invitations.list.none': 'Żadne zaproszenie nie czeka.',
  'invitations.list.item': '{name} ({role})',
  'invitations.list.sees': 'Widzi: {sections}',
  'invitations.list.seesNothing': 'Na razie nic',
  'invitations.list.until': 'Działa do: {when}',
  'invitations.list.ends': 'Dostęp kończy się po dniu: {date}',
  'invitations.withdraw': 'Wycofaj',
  'invitations.withdrawn':
    'Zaproszenie dla osoby {name} zostało wycofane. Link i kod już nie działają.',
} satisfies Words;
