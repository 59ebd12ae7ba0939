import type { Words } from '../../../translate.ts';

export default {
  'crisis.title': 'Jeśli pomoc jest potrzebna teraz',
  'crisis.danger':
    'W razie bezpośredniego zagrożenia proszę zadzwonić pod {number} albo pojechać na oddział ratunkowy (A&E).',
  'crisis.call': '{name}: zadzwoń pod {number}',
  'crisis.text': 'Wyślij SMS o treści {word} pod numer {number}',
  'crisis.nhs111.name': 'NHS 111',
  'crisis.nhs111.detail': 'W Anglii trzeba wybrać opcję dotyczącą zdrowia psychicznego.',
  'crisis.samaritans.name': 'Samaritans',
  'crisis.samaritans.detail': 'Bezpłatnie, w dzień i w nocy.',
  'crisis.shout.name': 'Shout',
  'crisis.shout.detail': 'Shout to bezpłatna pomoc przez SMS, w dzień i w nocy.',
} satisfies Words;
