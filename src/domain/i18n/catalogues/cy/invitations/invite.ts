import type { Words } from '../../../translate.ts';

export default {
  'invite.title': 'Gwahodd rhywun i weld eich cofnod',
  'invite.intro':
    'Dewiswch pwy yw hwn a beth maen nhw’n gallu ei weld. Dim ond ei ddarllen maen nhw’n gallu ei wneud: dim ond chi sy’n gallu newid eich cofnod.',
  'invite.role': 'Pwy yw’r person hwn i chi?',
  'invite.role.family': 'Teulu',
  'invite.role.friend': 'Ffrind',
  'invite.role.carer': 'Gofalwr',
  'invite.role.peer_supporter': 'Cefnogwr cymheiriaid',
  'invite.role.practitioner': 'Ymarferydd, fel nyrs, meddyg neu weithiwr cymorth',
  'invite.role.other': 'Rhywun arall',
  'invite.knownAs': 'Yr enw rydych chi’n eu hadnabod wrtho',
  'invite.knownAs.hint':
    'Dyma sut maen nhw’n ymddangos i chi yn Waymark, er enghraifft “Jo” neu “Dr Patel”.',
  'invite.sections': 'Beth maen nhw’n gallu ei weld?',
  'invite.sections.hint':
    'Ticiwch bob rhan maen nhw’n gallu ei darllen. Mae unrhyw beth dydych chi ddim yn ei dicio yn aros yn breifat. Gallwch chi newid hyn yn nes ymlaen.',
  'invite.section.about_me': 'Amdanaf i',
  'invite.section.goals': 'Fy nodau',
  'invite.section.support_network': 'Fy rhwydwaith cymorth',
  'invite.section.staying_well': 'Fy nghynllun cadw’n iach',
  'invite.section.crisis_plan': 'Fy nghynllun argyfwng',
  'invite.section.safety_plan': 'Fy nghynllun diogelwch',
  'invite.section.after_crisis': 'Fy nghynllun ar ôl argyfwng',
  'invite.section.moving_on': 'Fy nghynllun symud ymlaen',
  'invite.section.checkins': 'Fy ngwiriadau lles',
  'invite.section.measures': 'Fy holiaduron',
  'invite.section.reviews': 'Fy adolygiadau',
  'invite.journalPrivate':
    'Mae cofnodion dyddiadur yn aros yn breifat. Gallwch chi rannu un cofnod ar y tro o’r dyddiadur.',
  'invite.advanceChoice': 'Cynnwys fy nogfen dewisiadau ymlaen llaw gyda’r cynllun argyfwng',
  'invite.advanceChoice.hint': 'Peidiwch â thicio hwn i gadw’r ddogfen i chi eich hun.',
  'invite.endsAt': 'Pryd dylai eu mynediad ddod i ben? (dewisol)',
  'invite.endsAt.hint':
    'Maen nhw’n gallu gweld beth rydych chi’n ei rannu hyd at a chan gynnwys y diwrnod hwn. Gadewch e’n wag os nad oes dyddiad gorffen.',
  'invite.submit': 'Creu’r gwahoddiad',
  'invite.created.title': 'Eich gwahoddiad i {name}',
  'invite.created.once':
    'Rydyn ni’n dangos y ddolen a’r cod nawr yn unig. Rhowch un ohonyn nhw i {name} eich hun, er enghraifft mewn neges neu drwy ddarllen y cod dros y ffôn.',
  'invite.created.until':
    'Mae angen iddyn nhw ei dderbyn erbyn {when}. Ar ôl hynny, bydd yn stopio gweithio.',
  'invite.created.how':
    'Bydd angen iddyn nhw fewngofnodi i Waymark, neu greu cyfrif, cyn iddyn nhw allu ei dderbyn. Mae pob gwahoddiad yn gweithio unwaith.',
  'invite.created.link': 'Dolen gwahoddiad',
  'invite.created.code': 'Neu’r cod i’w ddarllen',
  'invite.created.codeHint':
    'Maen nhw’n teipio hwn yn “Oes gennych chi god?” yn Waymark. Does dim ots am briflythrennau a llinellau toriad.',
  'invite.copy': 'Copïo’r ddolen',
  'invite.copied': 'Mae’r ddolen wedi’i chopïo.',
  'invite.copyByHand': 'Dewiswch y ddolen a’i chopïo eich hun.',
  'invite.another': 'Gwahodd rhywun arall',
} satisfies Words;
