import type { Words } from '../../../translate.ts';

export default {
  'teamInvite.email.subject': 'Mae {team} yn {service} yn eich gwahodd i Waymark',
  'teamInvite.email.body':
    'Mae {name} o {team} yn {service} yn eich gwahodd i gysylltu eich cofnod Waymark â’r tîm.\n\nDoes dim byd yn cael ei rannu nes i chi ddewis beth mae’r tîm yn ei weld. Gallwch chi ddweud na.\n\nAgorwch y ddolen hon i ateb. Mae’n gweithio unwaith, am {days} diwrnod:\n{link}',
  'teamInvite.email.bodyWithNote':
    'Mae {name} o {team} yn {service} yn eich gwahodd i gysylltu eich cofnod Waymark â’r tîm.\n\nMaen nhw wedi ysgrifennu:\n{message}\n\nDoes dim byd yn cael ei rannu nes i chi ddewis beth mae’r tîm yn ei weld. Gallwch chi ddweud na.\n\nAgorwch y ddolen hon i ateb. Mae’n gweithio unwaith, am {days} diwrnod:\n{link}',
  'teamInvite.gone.title': 'Mae’r gwahoddiad hwn wedi dod i ben',
  'teamInvite.gone.code': 'Oes gennych chi god tîm? Defnyddiwch e ar eich tudalen Rhannu',
  'teamInvite.heading': 'Gwahoddiad gan dîm',
  'teamInvite.title': 'Mae {name} yn eich gwahodd i ymuno â {team}',
  'teamInvite.theyWrote': 'Ysgrifennodd {name}:',
  'teamInvite.nothingYet':
    'Does dim byd yn cael ei rannu nes i chi ddewis. Gallwch ei newid, neu adael, unrhyw bryd.',
  'teamInvite.expires': 'Mae’r ddolen hon yn gweithio tan {when}.',
  'teamInvite.decline': 'Dim diolch',
  'teamInvite.declined': 'Rydych chi wedi dweud na wrth {team}. Chafodd dim byd ei rannu.',
  'teamInvite.link': 'Gwahodd rhywun i {team} drwy e-bost',
  'teamInvite.form.title': 'Gwahodd rhywun drwy e-bost',
  'teamInvite.form.intro':
    'Rydyn ni’n anfon dolen atyn nhw drwy e-bost. Mae’n gweithio unwaith, am {days} diwrnod. Does dim byd yn cael ei rannu nes iddyn nhw ddewis beth mae’r tîm yn ei weld.',
  'teamInvite.form.email': 'Eu cyfeiriad e-bost',
  'teamInvite.form.message': 'Nodyn byr (does dim rhaid i chi ychwanegu un)',
  'teamInvite.form.messageHint': 'Mae’n mynd yn yr e-bost. Peidiwch ag ysgrifennu dim byd preifat.',
  'teamInvite.form.send': 'Anfon y gwahoddiad',
  'teamInvite.sent': 'Rydyn ni wedi anfon gwahoddiad at {email}.',
  'teamInvite.sentBy': 'Anfonwyd gan {name} ar {date}.',
  'teamInvite.worksUntil': 'Mae’r ddolen yn gweithio tan {date}.',
  'teamInvite.withdraw': 'Tynnu’r gwahoddiad i {email} yn ôl',
  'teamInvite.withdraw.question':
    'Tynnu’r gwahoddiad i {email} yn ôl? Bydd y ddolen yn yr e-bost yn stopio gweithio.',
  'teamInvite.withdraw.yes': 'Ie, ei dynnu’n ôl',
  'teamInvite.withdrawn': 'Mae’r gwahoddiad i {email} wedi’i dynnu’n ôl.',
  'teamInvite.waiting.title': 'Yn aros am ateb',
  'teamInvite.waiting.none': 'Does dim gwahoddiadau’n aros am ateb.',
  'teamInvite.page.title': 'Gwahodd pobl i {team}',
  'teamInvite.page.plain': 'Gwahodd pobl i dîm',
  'teamInvite.page.back': 'Yn ôl',
  'teamInvite.page.notYours':
    'Dydych chi ddim yn gallu gwahodd pobl i’r tîm hwn. Dim ond pobl yn y tîm, a gweinyddwr y gwasanaeth, sy’n gallu gwneud hynny.',
} satisfies Words;
