import type { Words } from '../../../translate.ts';

export default {
  'views.title': 'Safbwyntiau ochr yn ochr',
  'views.intro.own':
    'Gall pobl rydych chi wedi rhoi mynediad “awgrymu” iddyn nhw ychwanegu eu safbwynt wrth ymyl eich geiriau. Dydyn nhw byth yn newid eich geiriau. Gallwch chi ateb.',
  'views.intro.other':
    'Mae eich safbwynt yn cael ei ddangos wrth ymyl geiriau {name}, byth drostyn nhw. Gall {name} ateb.',
  'views.none': 'Does neb wedi ychwanegu safbwynt eto.',
  'views.nothingYet':
    'Does dim byd wedi’i ysgrifennu yma eto, felly does dim byd i ychwanegu safbwynt wrth ei ymyl.',
  'views.yourWords': 'Eich geiriau',
  'views.theirWords': 'Geiriau {name}',
  'views.wordsEmpty': 'Dim byd wedi’i ysgrifennu yma.',
  'views.yourView': 'Eich safbwynt',
  'views.theirView': 'Safbwynt {name}',
  'views.yourReply': 'Eich ateb',
  'views.theirReply': 'Ateb {name}',
  'views.when': 'Ychwanegwyd {when}',
  'views.olderVersion':
    'Wedi’i ysgrifennu pan oedd y cynllun yn dweud rhywbeth gwahanol (fersiwn gynharach).',
  'views.whole': 'Y cyfan',
  'views.add': 'Ychwanegu eich safbwynt',
  'views.part': 'Am ba ran mae eich safbwynt?',
  'views.text': 'Eich safbwynt',
  'views.text.hint': 'Dywedwch sut rydych chi’n ei weld. Hyd at {max} cymeriad.',
  'views.added': 'Mae eich safbwynt wedi’i ychwanegu wrth ymyl geiriau {name}.',
  'views.reply': 'Ateb',
  'views.replyTo': 'Ateb {name}',
  'views.sendReply': 'Anfon ateb',
  'views.replied': 'Mae eich ateb wedi’i ychwanegu.',
  'views.takeBack': 'Tynnu fy safbwynt yn ôl',
  'views.takenBack': 'Mae eich safbwynt wedi’i dynnu’n ôl. Does neb yn ei weld nawr.',
  'views.ratingsOn': 'Y sgoriau ar {date}',
  'views.rated': 'Sgôr o {score} allan o 7',
} satisfies Words;
