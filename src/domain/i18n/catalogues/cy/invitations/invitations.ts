import type { Words } from '../../../translate.ts';

export default {
  'invitations.validation.role': 'Dewiswch pwy yw’r person hwn i chi',
  'invitations.suggest':
    '{section}: maen nhw hefyd yn gallu awgrymu newidiadau, i chi eu derbyn neu beidio',
  'invitations.validation.knownAs': 'Rhowch yr enw rydych chi’n eu hadnabod wrtho',
  'invitations.validation.level': 'Dewiswch dim, gweld neu awgrymu newidiadau ar gyfer pob adran',
  'invitations.validation.section': 'Does dim adran gyda’r enw hwn',
  'invitations.validation.journal':
    'Does dim modd rhannu’r dyddiadur fel adran. Gallwch chi rannu un cofnod o’r dyddiadur.',
  'invitations.validation.endsAtPast': 'Rhaid i’r dyddiad gorffen fod heddiw neu yn y dyfodol',
  'invitations.validation.expiry': 'Dewiswch ddyddiad dod i ben rhwng 1 a 30 diwrnod',
  'invitations.list.title': 'Gwahoddiadau sy’n aros i gael eu derbyn',
  'invitations.list.none': 'Does gennych chi ddim gwahoddiadau’n aros.',
  'invitations.list.item': '{name} ({role})',
  'invitations.list.sees': 'Yn gallu gweld: {sections}',
  'invitations.list.seesNothing': 'Dim byd eto',
  'invitations.list.until': 'Yn gweithio tan {when}',
  'invitations.list.ends': 'Mae mynediad yn dod i ben ar ôl {date}',
  'invitations.withdraw': 'Tynnu’n ôl',
  'invitations.withdrawn':
    'Mae’r gwahoddiad i {name} wedi’i dynnu’n ôl. Dydy’r ddolen a’r cod ddim yn gweithio mwyach.',
} satisfies Words;
