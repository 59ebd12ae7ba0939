import type { Words } from '../../../translate.ts';

export default {
  'settings.title': 'Gosodiadau',
  'settings.intro':
    'Eich cyfrif, sut mae Waymark yn eich atgoffa, a beth sy’n cael ei gadw ar y ddyfais hon.',
  'settings.account.title': 'Fy nghyfrif',
  'settings.name.hint':
    'Beth hoffech chi gael eich galw. Mae pobl rydych chi’n rhannu gyda nhw yn ei weld hefyd.',
  'settings.name.save': 'Cadw fy enw',
  'settings.name.saved': 'Mae eich enw wedi’i gadw.',
  'settings.email': 'Cyfeiriad e-bost',
  'settings.email.readOnly':
    'Allwch chi ddim newid eich cyfeiriad e-bost yma eto: byddai angen i Waymark wirio yn gyntaf mai chi biau’r cyfeiriad newydd.',
  'settings.checkins.title': 'Gwiriadau lles',
  'settings.checkins.reminder': 'Nodiadau atgoffa: {frequency}',
  'settings.checkins.scales': 'Beth sy’n cael ei ofyn i mi: {scales}',
  'settings.checkins.noScales': 'Beth sy’n cael ei ofyn i mi: dim graddfeydd wedi’u dewis',
  'settings.checkins.signs': 'Arwyddion rhybudd cynnar rydw i’n cael fy holi amdanyn nhw: {count}',
  'settings.checkins.change': 'Newid gosodiadau fy ngwiriad lles',
  'settings.device.title': 'Fy nghynllun argyfwng ar y ddyfais hon',
  'settings.device.noPlan':
    'Ar ôl i chi ysgrifennu cynllun argyfwng, gallwch chi gadw copi ohono ar y ddyfais hon. Yna gallwch chi ei agor pan fydd dim rhyngrwyd.',
  'settings.device.write': 'Ysgrifennu fy nghynllun argyfwng',
  'settings.language.title': 'Iaith',
  'settings.language.intro':
    'Mae Waymark yn defnyddio’r iaith hon ar bob dyfais rydych chi’n mewngofnodi arni. Mae’n ei defnyddio yn yr e-byst y mae’n eu hanfon atoch chi hefyd. Gallwch chi hefyd ei newid ar waelod pob tudalen.',
  'settings.welcome.title': 'Dechrau arni',
  'settings.welcome.again': 'Darllen y croeso eto',
  'settings.import': 'Dod â fy nghofnod o Waymark arall',
} satisfies Words;
