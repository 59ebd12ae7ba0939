import type { Words } from '../../../translate.ts';

export default {
  'device.title': 'Cadw fy nghynllun argyfwng ar y ddyfais hon',
  'device.what':
    'Trowch hyn ymlaen i ddarllen eich cynllun argyfwng pan fydd dim rhyngrwyd. Bydd eich cynllun yn cael ei gadw ar y ffôn neu’r cyfrifiadur hwn. Bydd rhifau ffôn a chyfeiriadau e-bost y bobl sy’n cael eu henwi ynddo yn cael eu cadw yno hefyd.',
  'device.warning':
    'Gallai unrhyw un sy’n gallu defnyddio’r ddyfais hon ei ddarllen. Trowch hyn ymlaen dim ond os mai chi biau’r ddyfais a’ch bod chi’n ei chadw wedi’i chloi.',
  'device.nothingElse':
    'Does dim byd arall o’ch cofnod yn cael ei gadw ar y ddyfais. Mae troi hyn i ffwrdd, neu allgofnodi, yn ei dynnu.',
  'device.off':
    'Mae hyn i ffwrdd. Dydy eich cynllun argyfwng ddim yn cael ei gadw ar y ddyfais hon.',
  'device.on': 'Mae hyn ymlaen. Cadwyd ar y ddyfais hon ar {when}.',
  'device.turnOn': 'Cadw fy nghynllun argyfwng ar y ddyfais hon',
  'device.turnOff': 'Ei dynnu oddi ar y ddyfais hon',
  'device.turnedOn': 'Mae eich cynllun argyfwng nawr yn cael ei gadw ar y ddyfais hon.',
  'device.turnedOff': 'Mae eich cynllun argyfwng wedi’i dynnu oddi ar y ddyfais hon.',
  'device.failed':
    'Doedd dim modd cadw eich cynllun argyfwng ar y ddyfais hon. Efallai nad oes digon o le.',
  'device.unavailable':
    'Dydy’r porwr hwn ddim yn gallu cadw copi. Mae’n gweithio ar gyfeiriadau diogel (https).',
  'device.savedOn': 'Cadwyd ar y ddyfais hon ar {when}',
  'device.offlineExplained':
    'Does dim modd cysylltu â Waymark ar hyn o bryd, felly dyma’r copi sy’n cael ei gadw ar y ddyfais hon. Efallai nad yw’r newidiadau diweddaraf ynddo.',
  'device.noCopy':
    'Doedden ni ddim yn gallu llwytho eich cynllun argyfwng. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
} satisfies Words;
