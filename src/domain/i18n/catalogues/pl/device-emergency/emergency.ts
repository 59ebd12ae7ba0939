import type { Words } from '../../../translate.ts';

export default {
  'emergency.title': 'Plan kryzysowy: {name}',
  'emergency.intro':
    '{name} udostępnia swój plan kryzysowy przez link awaryjny. Plan mówi, co ma się dziać, jeśli ta osoba jest w kryzysie.',
  'emergency.updated': 'Ostatnia zmiana: {when}.',
  'emergency.notWritten': 'W tym planie nic jeszcze nie napisano.',
  'emergency.until': 'Ten link działa do: {when}.',
  'emergency.gone.title': 'Ten link wygasł albo został wyłączony',
  'emergency.gone.body':
    'Osoba, która go udostępniła, może utworzyć nowy, jeśli nadal jest potrzebny.',
  'emergency.failed.title': 'Nie udało się załadować tego planu kryzysowego',
} satisfies Words;
