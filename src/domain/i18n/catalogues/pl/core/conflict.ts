import type { Words } from '../../../translate.ts';

export default {
  'conflict.title': 'To zmieniło się w innym miejscu',
  'conflict.body':
    'W czasie edycji ktoś (może ta sama osoba, w innej karcie albo na innym urządzeniu) zapisał nowszą wersję. Nic nie zostało nadpisane. Proszę porównać obie wersje i wybrać, co zachować.',
  'conflict.yours': 'Moja wersja (niezapisana)',
  'conflict.saved': 'Wersja zapisana (zmiana: {when})',
  'conflict.keepMine': 'Zapisz zamiast tego moją wersję',
  'conflict.keepSaved': 'Użyj zapisanej wersji',
  'conflict.savedNoDate': 'Wersja zapisana',
  'conflict.empty': 'Nic nie napisano',
  'conflict.usingSaved': 'Teraz widać zapisaną wersję.',
} satisfies Words;
