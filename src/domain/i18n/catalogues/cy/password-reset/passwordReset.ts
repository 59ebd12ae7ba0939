import type { Words } from '../../../translate.ts';

export default {
  'passwordReset.ask.title': 'Wedi anghofio eich cyfrinair',
  'passwordReset.ask.intro':
    'Rhowch y cyfeiriad e-bost rydych chi’n mewngofnodi ag ef. Byddwn ni’n anfon dolen atoch i ddewis cyfrinair newydd.',
  'passwordReset.ask.submit': 'Anfonwch ddolen ataf',
  'passwordReset.sent.title': 'Edrychwch ar eich e-bost',
  'passwordReset.sent.body':
    'Os yw {email} yn perthyn i gyfrif Waymark, rydyn ni wedi anfon dolen ato. Mae’r ddolen yn gweithio unwaith, am {minutes} munud.',
  'passwordReset.sent.nothing':
    'Dim byd wedi cyrraedd? Edrychwch yn eich ffolder sbam, neu arhoswch ychydig funudau a gofyn eto.',
  'passwordReset.sent.again': 'Gofyn eto',
  'passwordReset.choose.title': 'Dewiswch gyfrinair newydd',
  'passwordReset.choose.intro':
    'Pan fyddwch chi’n ei gadw, byddwch chi’n cael eich allgofnodi ym mhobman. Yna mewngofnodwch gyda’ch cyfrinair newydd.',
  'passwordReset.choose.submit': 'Cadw fy nghyfrinair newydd',
  'passwordReset.done': 'Mae eich cyfrinair newydd wedi’i gadw. Mewngofnodwch ag ef.',
  'passwordReset.gone.title': 'Dydy’r ddolen hon ddim yn gweithio',
  'passwordReset.gone.body': 'Efallai ei bod wedi’i defnyddio’n barod, neu ei bod yn fwy nag awr oed.',
  'passwordReset.gone.again': 'Gofyn am ddolen newydd',
  'passwordReset.backToSignIn': 'Yn ôl i fewngofnodi',
  'passwordReset.email.subject': 'Dewiswch gyfrinair Waymark newydd',
  'passwordReset.email.body':
    'Gofynnodd rhywun am gael dewis cyfrinair newydd ar gyfer eich cyfrif Waymark.\n\nI ddewis un, agorwch y ddolen hon. Mae’n gweithio unwaith, am {minutes} munud:\n{link}\n\nOs nad chi ofynnodd, gallwch anwybyddu’r e-bost hwn. Mae eich cyfrinair yn aros yr un fath.',
} satisfies Words;
