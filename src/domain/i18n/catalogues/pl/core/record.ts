import type { Words } from '../../../translate.ts';

export default {
  'record.save': 'Zapisz',
  'record.saving': 'Zapisywanie…',
  'record.savedAt': 'Zapisano o {time}',
  'record.history': 'Zobacz wcześniejsze wersje',
  'record.cancel': 'Anuluj',
  'record.undo': 'Cofnij',
  'record.deletedWhen': '(usunięto: {when})',
  'record.deletedLoadFailed':
    'Przepraszamy, nie udało się załadować niedawno usuniętych rzeczy. Proszę sprawdzić połączenie i spróbować jeszcze raz.',
} satisfies Words;
