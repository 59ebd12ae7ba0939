import type { Words } from '../../../translate.ts';

export default {
  'plans.crisis.edit.title': 'Newid fy nghynllun argyfwng',
  'plans.crisis.intro':
    'Ysgrifennwch hwn pan fyddwch chi’n teimlo’n ddigon da. Mae’n dweud wrth bobl beth rydych chi ei eisiau os byddwch chi’n mynd yn sâl iawn. Mae pob rhan yn ddewisol; ysgrifennwch e yn eich ffordd eich hun.',
  'plans.crisis.empty':
    'Dydych chi ddim wedi ysgrifennu cynllun argyfwng eto. Gall helpu’r bobl o’ch cwmpas i wneud beth fyddech chi ei eisiau, os byddwch chi’n mynd yn sâl iawn.',
  'plans.crisis.start': 'Dechrau fy nghynllun argyfwng',
  'plans.crisis.startHint':
    'Dydych chi ddim wedi cadw’r cynllun hwn eto. Dechreuwch gyda’r rhan sy’n teimlo’n haws.',
  'plans.crisis.change': 'Newid fy nghynllun argyfwng',
  'plans.crisis.back': 'Yn ôl i fy nghynllun argyfwng',
  'plans.crisis.save': 'Cadw’r cynllun argyfwng',
  'plans.crisis.more': 'Rhagor am fy nghynllun argyfwng',
  'plans.crisis.part.signs': 'Pan fydda i mewn argyfwng',
  'plans.crisis.part.ending': 'Pan fydd y cynllun yn dod i ben',
  'plans.crisis.signs': 'Arwyddion fy mod i mewn argyfwng',
  'plans.crisis.signs.hint':
    'Beth allai pobl eraill sylwi arno. Er enghraifft: “Rydw i’n stopio bwyta ac yn aros yn fy ystafell”, “Rydw i’n siarad yn gyflym iawn a dydw i ddim yn cysgu”.',
  'plans.crisis.wantInvolved': 'Pwy rydw i eisiau eu cynnwys',
  'plans.crisis.wantInvolved.hint':
    'Dewiswch bobl o’ch rhwydwaith cymorth, y pwysicaf yn gyntaf. Dywedwch beth rydych chi eisiau i bob un ei wneud.',
  'plans.crisis.wantInvolved.pick': 'Ychwanegu rhywun o fy rhwydwaith cymorth',
  'plans.crisis.wantInvolved.add': 'Ychwanegu at fy nghynllun',
  'plans.crisis.wantInvolved.whatToDo': 'Beth rydw i eisiau i {name} ei wneud',
  'plans.crisis.wantInvolved.whatToDo.hint':
    'Er enghraifft: “Gofalu am y gath”, “Dod gyda fi i apwyntiadau”, “Dweud wrth fy ngwaith fy mod i i ffwrdd yn sâl”.',
  'plans.crisis.nominatedPerson': 'Fy mherson enwebedig',
  'plans.crisis.nominatedPerson.pick': 'Dewis fy mherson enwebedig',
  'plans.crisis.nominatedPerson.hint':
    'Rhywun rydych chi’n ymddiried ynddo i helpu i wneud dewisiadau am eich gofal os byddwch chi’n sâl iawn.',
  'plans.crisis.nominatedPerson.none': 'Neb wedi’i ddewis',
  'plans.crisis.notInvolved': 'Pwy dydw i ddim eisiau eu cynnwys',
  'plans.crisis.notInvolved.hint':
    'Pobl dydych chi ddim eisiau i neb gysylltu â nhw na’u cynnwys, a pham os hoffech chi ddweud.',
  'plans.crisis.notInvolved.item': 'Person {number}',
  'plans.crisis.notInvolved.add': 'Ychwanegu rhywun dydw i ddim eisiau ei gynnwys',
  'plans.crisis.notInvolved.name': 'Enw',
  'plans.crisis.notInvolved.reason': 'Pam (dewisol)',
  'plans.crisis.whatHelps': 'Beth sy’n helpu',
  'plans.crisis.whatHelps.hint':
    'Er enghraifft: “Ystafell dawel”, “Pobl yn siarad â fi’n dawel, un person ar y tro”, “Fy ngherddoriaeth”.',
  'plans.crisis.whatDoesNotHelp': 'Beth sydd ddim yn helpu',
  'plans.crisis.whatDoesNotHelp.hint':
    'Er enghraifft: “Cael fy nghyffwrdd heb i neb ofyn”, “Llawer o bobl yn siarad ar yr un pryd”.',
  'plans.crisis.treatment': 'Triniaeth y byddwn i ei heisiau, a thriniaeth na fyddwn i ei heisiau',
  'plans.crisis.treatment.hint':
    'Er enghraifft: “Byddai’n well gen i gael triniaeth gartref os yw’n ddiogel”, “Dydw i ddim eisiau ECT”.',
  'plans.crisis.medication': 'Meddyginiaeth',
  'plans.crisis.medication.hint':
    'Beth rydych chi’n ei gymryd nawr, beth sydd wedi helpu o’r blaen, ac unrhyw beth dydych chi ddim ei eisiau. Er enghraifft: “Mae Sertraline 100mg yn gweithio i mi. Roedd Olanzapine yn fy ngwneud i’n gysglyd iawn”.',
  'plans.crisis.allergies': 'Alergeddau',
  'plans.crisis.allergies.hint':
    'Er enghraifft: “Penisilin”. Ysgrifennwch “Dim rhai hysbys” os nad oes gennych chi rai.',
  'plans.crisis.placesOfCare': 'Ble byddai’n well gen i gael gofal',
  'plans.crisis.placesOfCare.hint':
    'Er enghraifft: “Gartref gyda’r tîm triniaeth yn y cartref”, “Y tŷ argyfwng ar Ffordd y Parc, nid y ward”.',
  'plans.crisis.practical': 'Pethau ymarferol',
  'plans.crisis.practical.hint': 'Pwy ddylai drefnu beth, fel nad oes rhaid i chi boeni.',
  'plans.crisis.practical.children': 'Plant',
  'plans.crisis.practical.children.hint':
    'Er enghraifft: “Mae fy chwaer Jo yn nôl y plant o’r ysgol”.',
  'plans.crisis.practical.pets': 'Anifeiliaid anwes',
  'plans.crisis.practical.pets.hint':
    'Er enghraifft: “Mae Ade drws nesaf yn bwydo’r gath. Mae’r allwedd o dan y pot glas”.',
  'plans.crisis.practical.home': 'Cartref',
  'plans.crisis.practical.home.hint':
    'Er enghraifft: “Gofyn i Mam edrych ar y post a dyfrio’r planhigion”.',
  'plans.crisis.practical.bills': 'Biliau ac arian',
  'plans.crisis.practical.bills.hint':
    'Er enghraifft: “Mae’r rhent yn cael ei dalu drwy ddebyd uniongyrchol ar y 1af”.',
  'plans.crisis.practical.work': 'Gwaith, astudio neu wirfoddoli',
  'plans.crisis.practical.work.hint':
    'Er enghraifft: “Dweud wrth fy rheolwr Priya, nid y tîm i gyd”.',
  'plans.crisis.noLongerApplies': 'Pan fydd y cynllun hwn ddim yn berthnasol mwyach',
  'plans.crisis.noLongerApplies.hint':
    'Er enghraifft: “Pan fydda i’n cysgu ac yn bwyta eto ac yn dweud fy mod i’n barod i ofalu am bethau fy hun”.',
  'plans.crisis.advanceChoice': 'Fy nogfen dewisiadau ymlaen llaw',
  'plans.crisis.advanceChoice.hint':
    'Os oes gennych chi ddogfen dewisiadau ymlaen llaw neu ddatganiad ymlaen llaw, gallwch chi gadw copi gyda’ch cynllun. Dim ond chi sy’n gallu ei hagor.',
  'plans.crisis.advanceChoice.open': 'Agor “{name}”',
  'plans.crisis.advanceChoice.attached': 'Mae dogfen wedi’i hatodi.',
  'plans.crisis.advanceChoice.remove': 'Ei thynnu oddi ar fy nghynllun',
  'plans.crisis.lastReviewed': 'Pryd adolygais i’r cynllun hwn ddiwethaf',
  'plans.crisis.lastReviewed.label': 'Y dyddiad adolygais i e ddiwethaf',
  'plans.crisis.lastReviewed.hint':
    'Mae’n syniad da edrych ar eich cynllun bob 6 mis, neu ar ôl argyfwng. Er enghraifft, 2026-11-25.',
  'plans.crisis.lastReviewed.today': 'Adolygais i e heddiw',
} satisfies Words;
