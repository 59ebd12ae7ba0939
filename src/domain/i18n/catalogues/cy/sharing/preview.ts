import type { Words } from '../../../translate.ts';

export default {
  'preview.title': 'Beth mae {name} yn ei weld',
  'preview.banner': 'Dyma beth mae {name} yn ei weld. Does dim modd ei newid.',
  'preview.nothing': 'Dydy {name} ddim yn gweld dim byd o’ch cofnod ar hyn o bryd.',
  'preview.paused':
    'Mae rhannu wedi’i oedi, felly dydy {name} ddim yn gweld dim byd nes i chi ailddechrau.',
  'preview.sections': 'Mae {name} yn gallu gweld: {sections}',
  'preview.entries': 'Cofnodion dyddiadur rydych chi wedi’u rhannu gyda nhw: {count}',
  'preview.withheldHeading': 'Bob amser yn cael eu gadael allan',
  'preview.back': 'Yn ôl i Rhannu',
} satisfies Words;
