import type { Words } from '../../../translate.ts';

export default {
  'journalShare.heading': 'Udostępnij ten wpis',
  'journalShare.intro':
    'Dziennik jest prywatny. Ten jeden wpis można udostępnić komuś, kto ma dostęp do zapisu.',
  'journalShare.nobody': 'Nikt nie ma jeszcze dostępu do tego zapisu.',
  'journalShare.share': 'Udostępnij osobie {name}',
  'journalShare.unshare': 'Przestań udostępniać osobie {name}',
  'journalShare.sharedWith': 'Udostępniono osobie {name}',
} satisfies Words;
