import type { Words } from '../../../translate.ts';

export default {
  'plans.moving.intro':
    'Gall gadael gwasanaeth fod yn gam da. Mae’r cynllun hwn yn eich helpu i sylwi’n gynnar os bydd pethau’n mynd yn anoddach, a dod yn ôl yn gyflym os bydd angen.',
  'plans.moving.intro2':
    'Eich cynllun chi ydy e. Mae’n aros yn eich cofnod, hyd yn oed ar ôl i chi adael tîm neu wasanaeth.',
  'plans.moving.empty':
    'Dydych chi ddim wedi dechrau’r cynllun hwn eto. Gallech chi ddechrau gydag un arwydd yr hoffech chi sylwi arno.',
  'plans.moving.save': 'Cadw’r cynllun symud ymlaen',
  'plans.moving.earlyWarningSigns': 'Fy arwyddion rhybudd cynnar',
  'plans.moving.earlyWarningSigns.hint':
    'Newidiadau bach sy’n dweud wrthych chi fod pethau’n mynd yn anoddach. Er enghraifft: “Dw i’n stopio ateb fy ffôn”.',
  'plans.moving.earlyWarningSigns.item': 'Arwydd {number}',
  'plans.moving.earlyWarningSigns.add': 'Ychwanegu arwydd',
  'plans.moving.contacts': 'Pwy y bydda i’n cysylltu â nhw',
  'plans.moving.contacts.hint':
    'Dewiswch o’ch rhwydwaith cymorth. Dywedwch beth hoffech chi i bob person ei wneud.',
  'plans.moving.contacts.pick': 'Ychwanegu rhywun y bydda i’n cysylltu â nhw',
  'plans.moving.contacts.add': 'Ychwanegu at fy nghynllun',
  'plans.moving.contacts.whatToDo': 'Beth hoffwn i i {name} ei wneud',
  'plans.moving.contacts.whatToDo.hint':
    'Er enghraifft: “Fy ffonio unwaith yr wythnos”, “Fy helpu i ffonio’r tîm”.',
  'plans.moving.comeBack': 'Dod yn ôl yn gyflym',
  'plans.moving.wayBack': 'Sut i gysylltu eto',
  'plans.moving.wayBack.hint':
    'Y tîm neu’r gwasanaeth i gysylltu ag ef, a sut, yn eich geiriau eich hun. Er enghraifft: “Ffonio’r tîm a gofyn am y gweithiwr ar ddyletswydd”.',
  'plans.moving.whatToSay': 'Beth i’w ddweud',
  'plans.moving.whatToSay.hint':
    'Er enghraifft: “Ro’n i gyda’r tîm tan fis Mai. Mae fy arwyddion cynnar yn ôl a hoffwn i weld rhywun yn fuan”.',
  'plans.moving.helpedBefore': 'Beth helpodd o’r blaen',
  'plans.moving.helpedBefore.hint':
    'Er enghraifft: “Gweld yr un gweithiwr”, “Ymweliad gartref yn y bore”.',
} satisfies Words;
