import type { Words } from '../../../translate.ts';

export default {
  'device.title': 'Zachowaj mój plan kryzysowy na tym urządzeniu',
  'device.what':
    'Po włączeniu plan kryzysowy można czytać nawet bez internetu. Plan zostanie zapisany na tym telefonie lub komputerze. Tak samo numery telefonów i adresy e-mail osób w nim wymienionych.',
  'device.warning':
    'Każdy, kto może używać tego urządzenia, mógłby to przeczytać. Najlepiej włączać to tylko na własnym urządzeniu, które jest zablokowane.',
  'device.nothingElse':
    'Nic innego z zapisu nie jest przechowywane na urządzeniu. Wyłączenie tej opcji albo wylogowanie usuwa kopię.',
  'device.off': 'Wyłączone. Plan kryzysowy nie jest zapisany na tym urządzeniu.',
  'device.on': 'Włączone. Zapisano na tym urządzeniu: {when}.',
  'device.turnOn': 'Zachowaj mój plan kryzysowy na tym urządzeniu',
  'device.turnOff': 'Usuń go z tego urządzenia',
  'device.turnedOn': 'Plan kryzysowy jest teraz zapisany na tym urządzeniu.',
  'device.turnedOff': 'Plan kryzysowy został usunięty z tego urządzenia.',
  'device.failed':
    'Nie udało się zapisać planu kryzysowego na tym urządzeniu. Może brakuje miejsca.',
  'device.unavailable':
    'Ta przeglądarka nie może zapisać kopii. Działa to tylko na bezpiecznych adresach (https).',
  'device.savedOn': 'Zapisano na tym urządzeniu: {when}',
  'device.offlineExplained':
    'Nie można teraz połączyć się z Waymark, więc widać kopię zapisaną na tym urządzeniu. Może nie mieć najnowszych zmian.',
  'device.noCopy':
    'Nie udało się załadować planu kryzysowego. Proszę sprawdzić połączenie i spróbować jeszcze raz.',
} satisfies Words;
