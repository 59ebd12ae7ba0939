import type { Words } from '../../../translate.ts';

export default {
  'links.intro':
    'Mae dolen argyfwng yn gadael i rywun ddarllen eich cynllun argyfwng heb fewngofnodi: er enghraifft tîm argyfwng, ffrind neu staff yn yr Adran Achosion Brys.',
  'links.intro2':
    'Gall unrhyw un sydd â’r ddolen ei hagor nes iddi ddod i ben neu nes i chi ei diffodd. Dydyn nhw ddim yn gallu gweld gweddill eich cofnod. Mae pob tro mae rhywun yn ei hagor yn cael ei ddangos yma.',
  'links.expiry': 'Am faint ddylai’r ddolen weithio?',
  'links.expiry.hint': 'Dewiswch yr amser byrraf sy’n ddefnyddiol. Gallwch chi ei diffodd yn gynt.',
  'links.expiry.24': '24 awr',
  'links.expiry.72': '3 diwrnod',
  'links.expiry.168': '7 diwrnod',
  'links.expiry.336': '14 diwrnod',
  'links.expiry.720': '30 diwrnod',
  'links.create': 'Creu dolen',
  'links.new.title': 'Eich dolen argyfwng newydd',
  'links.new.once':
    'Copïwch hi neu sganiwch y cod nawr. Er eich diogelwch, all Waymark ddim dangos y ddolen hon eto.',
  'links.new.until': 'Mae’n gweithio tan {when}.',
  'links.new.url': 'Dolen argyfwng',
  'links.copy': 'Copïo’r ddolen',
  'links.copied': 'Mae’r ddolen wedi’i chopïo. Gallwch chi ei gludo mewn neges.',
  'links.copyByHand': 'Mae’r ddolen wedi’i dewis. Copïwch hi gyda gorchymyn copïo eich dyfais.',
  'links.qr.title': 'Cod QR',
  'links.qr.hint': 'Gall rhywun sganio hwn gyda chamera eu ffôn i agor y ddolen.',
  'links.qr.label': 'Cod QR ar gyfer eich dolen argyfwng newydd',
  'links.list.title': 'Fy nolenni',
  'links.none': 'Dydych chi ddim wedi creu unrhyw ddolenni argyfwng.',
  'links.madeOn': 'Dolen wedi’i chreu ar {when}',
  'links.status.active': 'Yn gweithio',
  'links.status.expired': 'Wedi dod i ben',
  'links.status.revoked': 'Wedi’i diffodd',
  'links.worksUntil': 'Yn gweithio tan {when}.',
  'links.expiredOn': 'Daeth i ben ar {when}.',
  'links.revokedOn': 'Diffoddwyd ar {when}.',
  'links.views.none': 'Heb ei hagor eto.',
  'links.revoke': 'Diffodd y ddolen hon',
  'links.revoked':
    'Mae “{name}” wedi’i diffodd. Bydd unrhyw un sy’n rhoi cynnig arni nawr yn cael gwybod nad yw’n gweithio mwyach.',
  'links.label': 'Enw ar gyfer y ddolen hon (dewisol)',
  'links.label.hint':
    'Er mwyn i chi allu gwahaniaethu rhwng eich dolenni, er enghraifft “I’r tîm argyfwng” neu “I Mam”. Dim ond chi sy’n ei weld, nid y person sy’n agor y ddolen.',
  'links.madeOnShort': 'Wedi’i chreu ar {when}.',
  'links.rename': 'Newid yr enw',
  'links.rename.label': 'Enw newydd ar gyfer y ddolen hon',
  'links.rename.hint': 'Gadewch e’n wag i ddangos pryd cafodd y ddolen ei chreu yn lle hynny.',
  'links.rename.save': 'Cadw’r enw',
  'links.rename.cancel': 'Canslo',
  'links.renamed': 'Enw’r ddolen nawr yw “{name}”. Dydy’r ddolen ei hun ddim wedi newid.',
  'links.renamedElsewhere':
    'Cafodd y ddolen hon ei newid mewn tab arall neu ar ddyfais arall. Dyma hi fel y mae nawr: newidiwch yr enw eto os ydych chi’n dal eisiau gwneud hynny.',
  'links.views.count':
    '{count, plural, zero {Heb ei hagor eto} one {Wedi’i hagor unwaith} two {Wedi’i hagor ddwywaith} few {Wedi’i hagor # gwaith} many {Wedi’i hagor # gwaith} other {Wedi’i hagor # gwaith}}',
} satisfies Words;
