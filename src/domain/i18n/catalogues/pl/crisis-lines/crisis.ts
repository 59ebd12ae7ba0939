import type { Words } from '../../../translate.ts';

export default {
  'crisis.title': 'Jeśli pomoc jest potrzebna teraz',
  'crisis.danger':
    'W razie bezpośredniego zagrożenia proszę zadzwonić pod {number} albo pojechać na oddział ratunkowy (A&E).',
  'crisis.call': '{name}: zadzwoń pod {number}',
  'crisis.text': 'Wyślij SMS o treści {word} pod numer {number}',
} satisfies Words;
