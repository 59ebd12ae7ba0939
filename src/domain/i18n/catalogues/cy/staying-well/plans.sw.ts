import type { Words } from '../../../translate.ts';

export default {
  'plans.sw.intro':
    'Beth sy’n eich cadw’n iach, yn eich geiriau eich hun. Pethau bach, penodol sy’n gweithio orau. Rhowch y peth pwysicaf yn gyntaf.',
  'plans.sw.empty':
    'Dydych chi ddim wedi dechrau’r cynllun hwn eto. Dechreuwch gydag un peth rydych chi’n ei wneud sy’n helpu, waeth pa mor fach.',
  'plans.sw.save': 'Cadw’r cynllun cadw’n iach',
  'plans.sw.daily': 'Beth rydw i’n ei wneud bob dydd i gadw’n iach',
  'plans.sw.daily.hint':
    'Er enghraifft: “Cerdded i’r siop ac yn ôl cyn 10”, “Anfon neges at fy chwaer”.',
  'plans.sw.daily.item': 'Bob dydd, rhif {number}',
  'plans.sw.daily.add': 'Ychwanegu rhywbeth rydw i’n ei wneud bob dydd',
  'plans.sw.weekly': 'Beth rydw i’n ei wneud bob wythnos',
  'plans.sw.weekly.hint': 'Er enghraifft: “Pêl-droed ddydd Sadwrn”, “Ffonio Dad nos Sul”.',
  'plans.sw.weekly.item': 'Bob wythnos, rhif {number}',
  'plans.sw.weekly.add': 'Ychwanegu rhywbeth rydw i’n ei wneud bob wythnos',
  'plans.sw.triggers': 'Pethau sy’n gallu fy nghynhyrfu, a beth sy’n helpu',
  'plans.sw.triggers.hint':
    'Er enghraifft: “Llythyrau am arian” a beth sy’n helpu: “Eu hagor gyda fy ngweithiwr allweddol”.',
  'plans.sw.triggers.item': 'Sbardun {number}',
  'plans.sw.triggers.add': 'Ychwanegu sbardun',
  'plans.sw.triggers.trigger': 'Beth sy’n gallu fy nghynhyrfu',
  'plans.sw.triggers.whatHelps': 'Beth sy’n helpu',
  'plans.sw.earlyWarningSigns': 'Arwyddion rhybudd cynnar, a beth i’w wneud',
  'plans.sw.earlyWarningSigns.hint':
    'Er enghraifft: “Rydw i’n stopio ateb fy ffôn” a beth i’w wneud: “Mae Mam yn galw draw am baned”.',
  'plans.sw.earlyWarningSigns.item': 'Arwydd rhybudd cynnar {number}',
  'plans.sw.earlyWarningSigns.add': 'Ychwanegu arwydd rhybudd cynnar',
  'plans.sw.earlyWarningSigns.sign': 'Arwydd fy mod i’n dechrau mynd yn sâl',
  'plans.sw.earlyWarningSigns.whatToDo': 'Beth ddylwn i neu bobl eraill ei wneud',
  'plans.sw.gettingWorse': 'Pan fydd pethau’n gwaethygu, a beth sy’n helpu bryd hynny',
  'plans.sw.gettingWorse.hint':
    'Er enghraifft: “Rydw i’n effro y rhan fwyaf o’r nos” a beth sy’n helpu: “Ffonio fy nghydgysylltydd gofal y bore wedyn”.',
  'plans.sw.gettingWorse.item': 'Pan fydd pethau’n gwaethygu, rhif {number}',
  'plans.sw.gettingWorse.add': 'Ychwanegu arwydd bod pethau’n gwaethygu',
  'plans.sw.gettingWorse.sign': 'Arwydd bod pethau’n gwaethygu',
  'plans.sw.gettingWorse.whatHelps': 'Beth sy’n helpu bryd hynny',
} satisfies Words;
