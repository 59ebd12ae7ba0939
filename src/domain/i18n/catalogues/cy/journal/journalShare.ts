import type { Words } from '../../../translate.ts';

export default {
  'journalShare.heading': 'Rhannu’r cofnod hwn',
  'journalShare.intro':
    'Mae eich dyddiadur yn breifat. Gallwch chi rannu’r un cofnod hwn gyda rhywun sydd â mynediad.',
  'journalShare.nobody': 'Does gan neb fynediad at eich cofnod eto.',
  'journalShare.share': 'Rhannu gyda {name}',
  'journalShare.unshare': 'Stopio rhannu gyda {name}',
  'journalShare.sharedWith': 'Wedi’i rannu gyda {name}',
} satisfies Words;
