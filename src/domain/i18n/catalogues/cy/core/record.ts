import type { Words } from '../../../translate.ts';

export default {
  'record.save': 'Cadw',
  'record.saving': 'Wrthi’n cadw…',
  'record.savedAt': 'Cadwyd am {time}',
  'record.history': 'Gweld fersiynau cynharach',
  'record.cancel': 'Canslo',
  'record.undo': 'Dadwneud',
  'record.deletedWhen': '(dilëwyd {when})',
  'record.deletedLoadFailed':
    'Mae’n ddrwg gennym, doedd dim modd llwytho’r hyn a ddilëwyd gennych chi yn ddiweddar. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
} satisfies Words;
