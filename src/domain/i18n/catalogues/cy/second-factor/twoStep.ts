import type { Words } from '../../../translate.ts';

export default {
  'twoStep.title': 'Mewngofnodi dau gam',
  'twoStep.intro':
    'Gyda mewngofnodi dau gam, rydych chi’n rhoi cod o ap ar eich ffôn yn ogystal â’ch cyfrinair. Wedyn all rhywun sy’n dysgu eich cyfrinair ddim mewngofnodi fel chi.',
  'twoStep.on': 'Mae mewngofnodi dau gam ymlaen.',
  'twoStep.off': 'Mae mewngofnodi dau gam i ffwrdd.',
  'twoStep.codesLeft':
    '{count, plural, zero {Does gennych chi ddim codau adfer ar ôl.} one {Mae gennych chi # cod adfer ar ôl.} two {Mae gennych chi # god adfer ar ôl.} few {Mae gennych chi # chod adfer ar ôl.} many {Mae gennych chi # chod adfer ar ôl.} other {Mae gennych chi # cod adfer ar ôl.}}',
  'twoStep.start': 'Gosod mewngofnodi dau gam',
  'twoStep.keyIntro':
    'Agorwch ap dilysu ar eich ffôn. Ychwanegwch gyfrif newydd ynddo a theipiwch yr allwedd hon:',
  'twoStep.key': 'Eich allwedd',
  'twoStep.link': 'Agor yr allwedd mewn ap ar y ddyfais hon',
  'twoStep.codeIntro': 'Wedyn rhowch y cod 6 digid mae’r ap yn ei ddangos ar gyfer Waymark.',
  'twoStep.code': 'Cod o’ch ap',
  'twoStep.codeHint':
    'Mae cod newydd yn dod bob 30 eiliad. Rhowch yr un sy’n cael ei ddangos nawr.',
  'twoStep.confirm': 'Troi mewngofnodi dau gam ymlaen',
  'twoStep.codesTitle': 'Eich codau adfer',
  'twoStep.codesIntro':
    'Os byddwch chi’n colli eich ffôn, gallwch chi fewngofnodi gydag un o’r codau hyn yn lle. Mae pob cod yn gweithio unwaith. Ysgrifennwch nhw neu argraffwch nhw, a’u cadw yn rhywle diogel. Fyddwch chi ddim yn eu gweld nhw eto.',
  'twoStep.saved': 'Rydw i wedi cadw’r codau hyn',
  'twoStep.turnedOn':
    'Mae mewngofnodi dau gam ymlaen. Bydd angen cod o’ch ap arnoch chi pan fyddwch chi’n mewngofnodi.',
  'twoStep.turnOff': 'Diffodd mewngofnodi dau gam',
  'twoStep.turnOffIntro': 'Rhowch eich cyfrinair i ddiffodd mewngofnodi dau gam.',
  'twoStep.password': 'Cyfrinair presennol',
  'twoStep.turnedOff': 'Mae mewngofnodi dau gam i ffwrdd.',
  'twoStep.signIn.title': 'Rhowch y cod o’ch ap',
  'twoStep.signIn.intro':
    'Agorwch yr ap dilysu ar eich ffôn. Rhowch y cod 6 digid mae’n ei ddangos ar gyfer Waymark.',
  'twoStep.signIn.code': 'Cod',
  'twoStep.signIn.submit': 'Parhau',
  'twoStep.signIn.useRecovery': 'Dydw i ddim yn gallu defnyddio fy ap: defnyddio cod adfer',
  'twoStep.signIn.useApp': 'Defnyddio cod o fy ap',
  'twoStep.signIn.recoveryTitle': 'Rhowch god adfer',
  'twoStep.signIn.recoveryCode': 'Cod adfer',
  'twoStep.signIn.recoveryHint':
    'Un o’r codau y gwnaethoch chi eu cadw wrth osod mewngofnodi dau gam. Mae pob cod yn gweithio unwaith.',
  'twoStep.staffMust':
    'Rydych chi’n gweithio i wasanaeth, felly rhaid i chi droi mewngofnodi dau gam ymlaen cyn y gallwch weld unrhyw beth am y bobl rydych chi’n gweithio gyda nhw. Tan hynny, bydd Waymark yn dod â chi’n ôl i’r dudalen hon.',
} satisfies Words;
