import type { Words } from '../../../translate.ts';

export default {
  'history.title': 'Wcześniejsze wersje: {name}',
  'history.intro':
    'Każda zmiana jest zachowana. Można przywrócić wcześniejszą wersję: zapisze się jako nowa wersja, więc nic nie przepadnie.',
  'history.version': 'Wersja {version}',
  'history.when': 'Zapisano: {when}',
  'history.by': 'Kto napisał: {author}',
  'history.agreedBy': 'Kto zaakceptował: {author}',
  'history.you': 'ja',
  'history.restore': 'Przywróć wersję {version}',
  'history.restored': 'Wersja {version} jest z powrotem. Zapisała się jako nowa wersja.',
  'history.current': 'To jest obecna wersja',
  'history.action.create': 'Utworzono',
  'history.action.update': 'Zmieniono',
  'history.action.delete': 'Usunięto',
  'history.action.restore': 'Przywrócono',
  'history.empty': 'Nic jeszcze nie zapisano.',
  'history.goalName': '„{title}”',
  'history.showWords': 'Treść wersji {version}',
  'history.someoneElse': 'ktoś inny',
  'history.role.person': 'osoba, do której należy zapis',
  'history.role.supporter': 'osoba wspierająca',
  'history.role.practitioner': 'specjalista lub specjalistka',
  'history.role.service_admin': 'administrator placówki',
  'history.changed':
    'To zmieniło się w innym miejscu, więc lista została odświeżona. Proszę ją sprawdzić i spróbować jeszcze raz.',
  'history.back': 'Wróć: {name}',
} satisfies Words;
