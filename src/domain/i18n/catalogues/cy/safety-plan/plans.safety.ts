import type { Words } from '../../../translate.ts';

export default {
  'plans.safety.intro':
    'Mae cynllun diogelwch yn eich helpu i ddod drwy adegau pan fyddwch chi’n teimlo efallai na allwch chi gadw eich hun yn ddiogel. Ysgrifennwch e pan fyddwch chi’n teimlo’n dawelach, yn eich geiriau eich hun.',
  'plans.safety.intro2':
    'Ewch drwyddo un cam ar y tro. Dim ond beth sy’n eich helpu chi sydd angen i chi ei lenwi, a gallwch chi ei newid pryd bynnag y mynnwch chi.',
  'plans.safety.empty':
    'Dydych chi ddim wedi dechrau’r cynllun hwn eto. Gallech chi ddechrau gydag un peth sydd wedi helpu o’r blaen.',
  'plans.safety.save': 'Cadw’r cynllun diogelwch',
  'plans.safety.warningSigns': 'Arwyddion bod pethau’n mynd yn anodd',
  'plans.safety.warningSigns.hint':
    'Meddyliau, teimladau neu sefyllfaoedd. Er enghraifft: “Rydw i’n dechrau meddwl na fyddai neb yn sylwi pe bawn i ddim yma”.',
  'plans.safety.warningSigns.item': 'Arwydd {number}',
  'plans.safety.warningSigns.add': 'Ychwanegu arwydd',
  'plans.safety.onMyOwn': 'Pethau y galla i eu gwneud ar fy mhen fy hun',
  'plans.safety.onMyOwn.hint':
    'Er enghraifft: “Cael cawod oer”, “Chwarae fy rhestr chwarae o’r enw Tawel”, “Dal y garreg o draeth Filey”.',
  'plans.safety.onMyOwn.item': 'Ar fy mhen fy hun, rhif {number}',
  'plans.safety.onMyOwn.add': 'Ychwanegu rhywbeth y galla i ei wneud',
  'plans.safety.peopleAndPlaces': 'Pobl a lleoedd sy’n mynd â fy meddwl oddi ar bethau',
  'plans.safety.peopleAndPlaces.hint':
    'Er enghraifft: “Caffi’r llyfrgell”, “Eistedd gyda Nain tra mae hi’n gwylio cwisiau ar y teledu”.',
  'plans.safety.peopleAndPlaces.item': 'Person neu le {number}',
  'plans.safety.peopleAndPlaces.add': 'Ychwanegu person neu le',
  'plans.safety.peopleToAsk': 'Pobl y galla i ofyn iddyn nhw am help',
  'plans.safety.peopleToAsk.hint':
    'Dewiswch o’ch rhwydwaith cymorth. Mae eu rhifau ffôn i’w gweld yma er mwyn i chi allu eu ffonio.',
  'plans.safety.peopleToAsk.pick': 'Ychwanegu rhywun y galla i ofyn iddyn nhw am help',
  'plans.safety.peopleToAsk.add': 'Ychwanegu at fy nghynllun',
  'plans.safety.professionals': 'Gweithwyr proffesiynol a gwasanaethau y galla i gysylltu â nhw',
  'plans.safety.professionals.hint':
    'Er enghraifft: eich meddyg teulu, eich cydgysylltydd gofal neu’r tîm argyfwng. Ychwanegwch nhw at eich rhwydwaith cymorth gyda’u rhif ffôn yn gyntaf.',
  'plans.safety.professionals.pick': 'Ychwanegu gweithiwr proffesiynol neu wasanaeth',
  'plans.safety.professionals.add': 'Ychwanegu at fy nghynllun',
  'plans.safety.saferSurroundings': 'Gwneud ble rydw i’n fwy diogel',
  'plans.safety.saferSurroundings.hint':
    'Pethau y gallwch chi neu bobl eraill eu gwneud i wneud ble rydych chi’n fwy diogel. Er enghraifft: “Gofyn i Sam gadw pethau i mi am ychydig”.',
  'plans.safety.saferSurroundings.item': 'Mwy diogel, rhif {number}',
  'plans.safety.saferSurroundings.add': 'Ychwanegu rhywbeth sy’n fy ngwneud i’n fwy diogel',
  'plans.safety.reasonsForLiving': 'Fy rhesymau dros fyw',
  'plans.safety.reasonsForLiving.hint':
    'Y bobl, y gobeithion a’r pethau sy’n bwysig i chi. Er enghraifft: “Priodas fy merch y gwanwyn nesaf”, “Fy nghi, Bisged”.',
  'plans.safety.reasonsForLiving.item': 'Rheswm {number}',
  'plans.safety.reasonsForLiving.add': 'Ychwanegu rheswm',
  'plans.safety.photos': 'Lluniau o fy rhesymau dros fyw',
  'plans.safety.photos.hint':
    'Mae lluniau’n cael eu cadw’n breifat yn eich cofnod. Dim ond chi sy’n gallu eu gweld.',
  'plans.safety.photos.add': 'Ychwanegu llun',
  'plans.safety.photos.alt': 'Fy rhesymau dros fyw, llun {number}',
  'plans.safety.photos.remove': 'Tynnu llun {number}',
  'plans.safety.photos.removed':
    'Mae’r llun wedi’i dynnu. Bydd wedi mynd o’ch cynllun pan fyddwch chi’n cadw.',
  'plans.safety.photoCount':
    '{count, plural, zero {Dim lluniau} one {# llun} two {# lun} few {# llun} many {# llun} other {# llun}}',
} satisfies Words;
