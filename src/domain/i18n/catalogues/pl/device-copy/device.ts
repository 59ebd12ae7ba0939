import type { Words } from '../../../translate.ts';

export default {
  'device.signedOutExplained':
    'Nastąpiło wylogowanie, więc widać kopię zapisaną na tym urządzeniu. Może nie mieć najnowszych zmian.',
  'device.signInForLatest': 'Zaloguj się, żeby zobaczyć najnowszy plan kryzysowy',
} satisfies Words;
