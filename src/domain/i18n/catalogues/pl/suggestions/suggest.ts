import type { Words } from '../../../translate.ts';

export default {
  'suggest.title': 'Zaproponuj zmianę: {what}',
  'suggest.titleNew': 'Zaproponuj nowy cel dla osoby {name}',
  'suggest.intro':
    '{name} zobaczy tę propozycję i zdecyduje. W zapisie tej osoby nic się nie zmieni bez jej zgody.',
  'suggest.newStep': 'Dodaj krok (nieobowiązkowe)',
  'suggest.step': 'Krok {n}',
  'suggest.send': 'Wyślij propozycję',
  'suggest.sent':
    'Propozycja została wysłana do osoby {name}. Co się z nią stanie, będzie widać w moich propozycjach.',
} satisfies Words;
