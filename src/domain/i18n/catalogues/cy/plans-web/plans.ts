import type { Words } from '../../../translate.ts';

export default {
  'plans.title': 'Fy nghynlluniau',
  'plans.intro':
    'Cynlluniau yn eich geiriau eich hun, ar gyfer cadw’n iach, ar gyfer argyfwng, ac ar gyfer wedyn. Dechreuwch gyda pha un bynnag sy’n teimlo’n fwyaf defnyddiol.',
  'plans.related': 'Hefyd yn ddefnyddiol',
  'plans.backToPlans': 'Yn ôl i fy nghynlluniau',
  'plans.notStarted': 'Heb ddechrau eto.',
  'plans.changedOn': 'Newidiwyd ddiwethaf: {date}.',
  'plans.lastSaved': 'Cadwyd ddiwethaf: {when}.',
  'plans.contactGone': 'Rhywun sydd ddim yn eich rhwydwaith cymorth bellach',
  'plans.pair': '{first}: {second}',
  'plans.yes': 'Ie',
  'plans.no': 'Na',
  'plans.sheet.nothing': 'Dim byd wedi’i ysgrifennu eto.',
  'plans.list.empty': 'Dim byd yma eto.',
  'plans.list.entry': 'eitem {number}',
  'plans.list.which': '{what}',
  'plans.list.moveUp': 'Symud i fyny',
  'plans.list.moveDown': 'Symud i lawr',
  'plans.list.remove': 'Tynnu',
  'plans.list.removed': 'Wedi tynnu {what}. Bydd wedi mynd pan fyddwch chi’n cadw.',
  'plans.list.restored': 'Mae {what} yn ôl.',
  'plans.list.full': 'Gallwch chi gael hyd at {max} eitem yma.',
  'plans.picker.hint': 'Dim ond pobl yn eich rhwydwaith cymorth y gallwch chi eu dewis.',
  'plans.picker.placeholder': 'Dewis rhywun',
  'plans.picker.crisisContact': '{name} (cyswllt argyfwng)',
  'plans.picker.choose': 'Dewiswch rywun o’r rhestr yn gyntaf',
  'plans.picker.none': 'Neb wedi’i ddewis eto.',
  'plans.picker.allChosen': 'Mae pawb yn eich rhwydwaith cymorth yma’n barod.',
  'plans.picker.emptyNetwork': 'Does neb yn eich rhwydwaith cymorth eto.',
  'plans.picker.addToNetwork': 'Ychwanegu rhywun at eich rhwydwaith cymorth',
  'plans.review.title': 'Amser edrych ar eich cynllun argyfwng eto',
  'plans.review.old':
    'Y tro diwethaf i chi adolygu eich cynllun argyfwng oedd {date}, fwy na 6 mis yn ôl. Pan fyddwch chi’n teimlo’n barod, darllenwch drwyddo a newidiwch unrhyw beth sy’n wahanol erbyn hyn.',
  'plans.review.missing':
    'Dydy eich cynllun argyfwng ddim yn dweud pryd gwnaethoch chi ei adolygu ddiwethaf. Pan fyddwch chi’n teimlo’n barod, darllenwch drwyddo ac ychwanegwch y dyddiad.',
  'plans.review.link': 'Adolygu fy nghynllun argyfwng',
  'plans.staying-well.title': 'Fy nghynllun cadw’n iach',
  'plans.staying-well.summary':
    'Beth rydych chi’n ei wneud i gadw’n iach, beth all eich cynhyrfu, a’r arwyddion cynnar i gadw llygad amdanyn nhw.',
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
  'plans.crisis.title': 'Fy nghynllun argyfwng',
  'plans.crisis.summary':
    'Beth rydych chi eisiau iddo ddigwydd os ydych chi mewn argyfwng, a phwy rydych chi eisiau eu cynnwys. Gallwch chi ei argraffu, ei gadw ar eich ffôn a’i rannu mewn argyfwng.',
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
    'Dewiswch bobl o’ch rhwydwaith cymorth, y pwysicaf yn gyntaf, a dywedwch beth rydych chi eisiau i bob un ei wneud.',
  'plans.crisis.wantInvolved.pick': 'Ychwanegu rhywun o fy rhwydwaith cymorth',
  'plans.crisis.wantInvolved.add': 'Ychwanegu at fy nghynllun',
  'plans.crisis.wantInvolved.whatToDo': 'Beth rydw i eisiau i {name} ei wneud',
  'plans.crisis.wantInvolved.whatToDo.hint':
    'Er enghraifft: “Gofalu am y gath”, “Dod gyda fi i apwyntiadau”, “Dweud wrth fy ngwaith fy mod i i ffwrdd yn sâl”.',
  'plans.crisis.nominatedPerson': 'Fy mherson enwebedig',
  'plans.crisis.nominatedPerson.pick': 'Dewis fy mherson enwebedig',
  'plans.crisis.nominatedPerson.hint':
    'Rhywun rydych chi’n ymddiried ynddo i fod yn rhan o benderfyniadau am eich gofal os byddwch chi’n sâl iawn.',
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
  'plans.crisis.treatment': 'Triniaeth y byddwn i’n ei heisiau a ddim yn ei heisiau',
  'plans.crisis.treatment.hint':
    'Er enghraifft: “Byddai’n well gen i gael triniaeth gartref os yw’n ddiogel”, “Dydw i ddim eisiau ECT”.',
  'plans.crisis.medication': 'Meddyginiaeth',
  'plans.crisis.medication.hint':
    'Beth rydych chi’n ei gymryd nawr, beth sydd wedi helpu o’r blaen, ac unrhyw beth dydych chi ddim ei eisiau. Er enghraifft: “Mae Sertraline 100mg yn gweithio i mi. Roedd Olanzapine yn fy ngwneud i’n gysglyd iawn”.',
  'plans.crisis.allergies': 'Alergeddau',
  'plans.crisis.allergies.hint':
    'Er enghraifft: “Penisilin”. Ysgrifennwch “Dim rhai hysbys” os does gennych chi ddim un.',
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
  'plans.view.own.signs': 'Arwyddion fy mod i mewn argyfwng',
  'plans.view.other.signs': 'Arwyddion bod {name} mewn argyfwng',
  'plans.view.own.wantInvolved': 'Pwy rydw i eisiau eu cynnwys',
  'plans.view.other.wantInvolved': 'Pwy mae {name} eisiau eu cynnwys',
  'plans.view.own.notInvolved': 'Pwy dydw i ddim eisiau eu cynnwys',
  'plans.view.other.notInvolved': 'Pwy dydy {name} ddim eisiau eu cynnwys',
  'plans.view.helps': 'Beth sy’n helpu a beth sydd ddim',
  'plans.view.care': 'Triniaeth, meddyginiaeth ac alergeddau',
  'plans.view.call': 'Ffonio {phone}',
  'plans.view.nominatedHint': 'Y person i’w gynnwys mewn penderfyniadau am ofal.',
  'plans.view.lastReviewed': 'Adolygwyd ddiwethaf ar {date}.',
  'plans.view.notReviewed': 'Does dim dyddiad adolygu wedi’i roi.',
  'plans.safety.title': 'Fy nghynllun diogelwch',
  'plans.safety.summary':
    'Camau i’ch helpu i gadw’n ddiogel pan fydd pethau’n teimlo’n ormod: o bethau gallwch chi eu gwneud ar eich pen eich hun, i bobl sy’n gallu helpu.',
  'plans.safety.intro':
    'Mae cynllun diogelwch yn eich helpu i ddod drwy adegau pan fyddwch chi’n teimlo efallai na allwch chi gadw eich hun yn ddiogel. Ysgrifennwch e pan fyddwch chi’n teimlo’n dawelach, yn eich geiriau eich hun.',
  'plans.safety.intro2':
    'Ewch drwyddo un cam ar y tro. Does dim ond angen i chi lenwi beth sy’n eich helpu chi, a gallwch chi ei newid pryd bynnag y mynnwch chi.',
  'plans.safety.empty':
    'Dydych chi ddim wedi dechrau’r cynllun hwn eto. Gallech chi ddechrau gydag un peth sydd wedi helpu o’r blaen.',
  'plans.safety.save': 'Cadw’r cynllun diogelwch',
  'plans.safety.warningSigns': 'Arwyddion bod pethau’n mynd yn anodd',
  'plans.safety.warningSigns.hint':
    'Meddyliau, teimladau neu sefyllfaoedd. Er enghraifft: “Rydw i’n dechrau meddwl na fyddai neb yn sylwi pe bawn i ddim yma”.',
  'plans.safety.warningSigns.item': 'Arwydd {number}',
  'plans.safety.warningSigns.add': 'Ychwanegu arwydd',
  'plans.safety.onMyOwn': 'Pethau galla i eu gwneud ar fy mhen fy hun',
  'plans.safety.onMyOwn.hint':
    'Er enghraifft: “Cael cawod oer”, “Chwarae fy rhestr chwarae o’r enw Tawel”, “Dal y garreg o draeth Filey”.',
  'plans.safety.onMyOwn.item': 'Ar fy mhen fy hun, rhif {number}',
  'plans.safety.onMyOwn.add': 'Ychwanegu rhywbeth galla i ei wneud',
  'plans.safety.peopleAndPlaces': 'Pobl a lleoedd sy’n mynd â fy meddwl oddi ar bethau',
  'plans.safety.peopleAndPlaces.hint':
    'Er enghraifft: “Caffi’r llyfrgell”, “Eistedd gyda Nain tra mae hi’n gwylio cwisiau ar y teledu”.',
  'plans.safety.peopleAndPlaces.item': 'Person neu le {number}',
  'plans.safety.peopleAndPlaces.add': 'Ychwanegu person neu le',
  'plans.safety.peopleToAsk': 'Pobl galla i ofyn iddyn nhw am help',
  'plans.safety.peopleToAsk.hint':
    'Dewiswch o’ch rhwydwaith cymorth. Mae eu rhifau ffôn i’w gweld yma er mwyn i chi allu eu ffonio.',
  'plans.safety.peopleToAsk.pick': 'Ychwanegu rhywun galla i ofyn iddyn nhw am help',
  'plans.safety.peopleToAsk.add': 'Ychwanegu at fy nghynllun',
  'plans.safety.professionals': 'Gweithwyr proffesiynol a gwasanaethau galla i gysylltu â nhw',
  'plans.safety.professionals.hint':
    'Er enghraifft: eich meddyg teulu, eich cydgysylltydd gofal neu’r tîm argyfwng. Ychwanegwch nhw at eich rhwydwaith cymorth gyda’u rhif ffôn yn gyntaf.',
  'plans.safety.professionals.pick': 'Ychwanegu gweithiwr proffesiynol neu wasanaeth',
  'plans.safety.professionals.add': 'Ychwanegu at fy nghynllun',
  'plans.safety.saferSurroundings': 'Gwneud ble rydw i’n fwy diogel',
  'plans.safety.saferSurroundings.hint':
    'Pethau gallwch chi neu bobl eraill eu gwneud i wneud ble rydych chi’n fwy diogel. Er enghraifft: “Gofyn i Sam gadw pethau i mi am ychydig”.',
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
  'plans.after-crisis.title': 'Ar ôl argyfwng',
  'plans.after-crisis.summary':
    'Beth sydd ei angen arnoch chi i ddod yn ôl ar y trywydd iawn, a beth ddysgoch chi ar gyfer y tro nesaf.',
  'plans.after.intro':
    'Ar ôl argyfwng, gall helpu i ysgrifennu beth sydd ei angen arnoch chi nawr a beth hoffech chi iddo fod yn wahanol y tro nesaf. Cymerwch eich amser.',
  'plans.after.empty':
    'Dim byd wedi’i ysgrifennu eto. Gallwch chi ddod yn ôl at hyn pryd bynnag y byddwch chi’n teimlo’n barod.',
  'plans.after.save': 'Cadw',
  'plans.after.backOnTrack': 'Beth sydd ei angen arna i i ddod yn ôl ar y trywydd iawn',
  'plans.after.backOnTrack.hint':
    'Er enghraifft: “Dychwelyd i’r gwaith fesul cam”, “Rhywun i fy helpu i ddal i fyny â’r post a’r biliau”.',
  'plans.after.learned': 'Beth ddysgais i ar gyfer y tro nesaf',
  'plans.after.learned.hint':
    'Er enghraifft: “Sylwais i fy mod i wedi stopio cysgu bythefnos cyn hynny. Y tro nesaf, bydda i’n ffonio fy meddyg teulu yn gynt”.',
  'plans.safety.photoCount':
    '{count, plural, zero {Dim lluniau} one {# llun} two {# lun} few {# llun} many {# llun} other {# llun}}',
} satisfies Words;
