import type { Words } from '../../../translate.ts';

export default {
  'session.warning.title': 'Byddwch chi’n cael eich allgofnodi cyn bo hir',
  'session.warning.body':
    'Er mwyn cadw eich cofnod yn breifat, bydd Waymark yn eich allgofnodi am {time}. Mae hyn oherwydd nad oes dim byd wedi’i gadw na’i agor ers tipyn. Byddai unrhyw beth rydych chi wedi’i deipio a heb ei gadw yn aros ar y dudalen hon, ond byddai angen i chi fewngofnodi eto i’w gadw.',
  'session.warning.stay': 'Aros wedi mewngofnodi',
  'session.cannotExtend.title': 'Byddwch chi’n cael eich allgofnodi am {time}',
  'session.cannotExtend.body':
    'Rydych chi wedi bod wedi mewngofnodi am yr amser hiraf mae Waymark yn ei ganiatáu ar y tro, felly does dim modd ymestyn hyn. Cadwch beth rydych chi wedi’i deipio nawr, yna mewngofnodwch eto.',
  'session.ended.title': 'Rydych chi wedi cael eich allgofnodi',
  'session.ended.body':
    'Mae beth wnaethoch chi ei deipio yn dal ar y dudalen hon. Mewngofnodwch eto mewn tab arall, yna dewch yn ôl yma a’i gadw.',
  'session.close': 'Cau',
} satisfies Words;
