import type { Words } from '../../../translate.ts';

export default {
  'security.password.title': 'Newid fy nghyfrinair',
  'security.password.intro':
    'Pan fyddwch chi’n newid eich cyfrinair, bydd pob dyfais arall sydd wedi mewngofnodi i’ch cyfrif yn cael ei hallgofnodi. Bydd yr un yma’n aros wedi mewngofnodi.',
  'security.password.current': 'Cyfrinair presennol',
  'security.password.new': 'Cyfrinair newydd',
  'security.password.newHint':
    'O leiaf {min} cymeriad. Mae ychydig o eiriau y byddwch chi’n eu cofio yn gweithio’n dda.',
  'security.password.save': 'Newid fy nghyfrinair',
  'security.password.saved': 'Mae eich cyfrinair wedi newid.',
  'security.devices.title': 'Ble rydw i wedi mewngofnodi',
  'security.devices.intro':
    'Pob porwr sydd wedi mewngofnodi i’ch cyfrif. Os ydych chi’n gweld un dydych chi ddim yn ei adnabod, allgofnodwch e a newidiwch eich cyfrinair.',
  'security.devices.thisDevice': 'Y ddyfais hon',
  'security.devices.otherDevice': 'Wedi mewngofnodi ar {when}',
  'security.devices.signedIn': 'Wedi mewngofnodi: {when}',
  'security.devices.lastSeen': 'Defnyddiwyd ddiwethaf: {when}',
  'security.devices.signOut': 'Allgofnodi’r ddyfais hon',
  'security.devices.signedOut': 'Mae’r ddyfais honno wedi’i hallgofnodi.',
  'security.devices.signOutHere': 'Allgofnodi yma',
  'security.password.savedElsewhere':
    'Mae eich cyfrinair wedi newid. {count, plural, zero {Chafodd dim un ddyfais arall ei hallgofnodi.} one {Cafodd # ddyfais arall ei hallgofnodi.} two {Cafodd # ddyfais arall eu hallgofnodi.} few {Cafodd # dyfais arall eu hallgofnodi.} many {Cafodd # dyfais arall eu hallgofnodi.} other {Cafodd # dyfais arall eu hallgofnodi.}}',
} satisfies Words;
