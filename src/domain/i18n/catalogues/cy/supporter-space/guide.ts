import type { Words } from '../../../translate.ts';

export default {
  'guide.title': 'Cefnogi adferiad rhywun',
  'guide.intro':
    'Canllaw byr i deulu, ffrindiau ac eraill sy’n cefnogi rhywun. Does dim rhaid i chi gael popeth yn iawn.',
  'guide.recovery.title': 'Beth mae adferiad yn ei olygu',
  'guide.recovery.body':
    'Mae adferiad yn golygu byw bywyd sy’n teimlo’n werth chweil i’r person, gyda symptomau neu hebddyn nhw. Eu hadferiad nhw yw e: eu gobeithion, eu cyflymder a’u dewisiadau nhw. Yn aml mae’n mynd ymlaen ac yn ôl, a dydy wythnos anodd ddim yn dadwneud y cynnydd sydd wedi’i wneud.',
  'guide.helping.title': 'Helpu heb gymryd drosodd',
  'guide.helping.body':
    'Gofynnwch beth fyddai’n helpu yn lle dyfalu. Cynigiwch, a derbyniwch “na”. Sylwch ar beth maen nhw’n ei wneud yn dda a dywedwch hynny. Gadewch iddyn nhw wneud eu penderfyniadau eu hunain, gan gynnwys rhai y byddech chi’n eu gwneud yn wahanol. Yn Waymark, nhw sy’n dewis beth rydych chi’n ei weld, a gallwch chi eu hannog heb newid eu cofnod.',
  'guide.yourself.title': 'Gofalu amdanoch chi eich hun',
  'guide.yourself.body':
    'Gall cefnogi rhywun fod yn flinedig. Daliwch ati i wneud pethau sy’n bwysig i chi, cadwch mewn cysylltiad â’ch ffrindiau eich hun, a gorffwyswch. Mae’n iawn gosod terfynau. Defnyddiwch eich lle eich hun yma i ysgrifennu beth sydd ei angen arnoch chi a’ch cynllun ar gyfer gofalu amdanoch chi eich hun. Gall sefydliadau gofalwyr a’ch meddyg teulu eich helpu chi hefyd.',
  'guide.crisis.title': 'Beth i’w wneud mewn argyfwng',
  'guide.crisis.body':
    'Os yw bywyd rhywun mewn perygl nawr, ffoniwch 999. Am help brys sydd ddim yn argyfwng, ffoniwch NHS 111. Os yw’r person wedi rhannu eu cynllun argyfwng gyda chi, dilynwch beth maen nhw wedi’i ofyn amdano ynddo. Arhoswch gyda nhw os yw’n ddiogel gwneud hynny, a gofalwch am eich diogelwch eich hun hefyd.',
  'guide.back': 'Yn ôl i fy lle i',
} satisfies Words;
