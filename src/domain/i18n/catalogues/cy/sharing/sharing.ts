import type { Words } from '../../../translate.ts';

export default {
  'sharing.title': 'Rhannu',
  'sharing.intro':
    'Chi sy’n dewis pwy sy’n gweld pa rannau o’ch cofnod, a gallwch chi ei newid neu ei stopio unrhyw bryd. Mae newidiadau’n dod i rym yn syth.',
  'sharing.invitationsHeading': 'Gwahodd rhywun',
  'sharing.peopleHeading': 'Pobl sydd â mynediad',
  'sharing.nobody': 'Does gan neb fynediad at eich cofnod. Chi yn unig biau e.',
  'sharing.person': '{knownAs} ({role})',
  'sharing.accountName': 'Enw eu cyfrif: {name}',
  'sharing.sections': 'Yn gallu gweld: {sections}',
  'sharing.noSections': 'Ddim yn gallu gweld dim byd ar hyn o bryd.',
  'sharing.endsAt': 'Tan {date}',
  'sharing.ended': 'Daeth y mynediad i ben ar {date}',
  'sharing.noEnd': 'Dim dyddiad gorffen',
  'sharing.since': 'Ers {date}',
  'sharing.change': 'Newid beth mae {name} yn ei weld',
  'sharing.stop': 'Stopio rhannu gyda {name}',
  'sharing.preview': 'Gweld beth mae {name} yn ei weld',
  'sharing.changeHeading': 'Newid beth mae {name} yn ei weld',
  'sharing.sectionLegend': 'Adrannau mae {name} yn gallu eu gweld',
  'sharing.level.none': 'Heb ei rannu',
  'sharing.level.view': 'Yn gallu gweld',
  'sharing.advanceChoice': 'Cynnwys fy nogfen dewisiadau ymlaen llaw gyda’r cynllun argyfwng',
  'sharing.endsAtLabel': 'Dyddiad gorffen (dewisol)',
  'sharing.endsAtHint': 'Gadewch e’n wag os nad oes dyddiad gorffen.',
  'sharing.tellThem': 'Dweud wrthyn nhw am y newid hwn?',
  'sharing.tellThemStop': 'Dweud wrthyn nhw eich bod chi wedi stopio rhannu?',
  'sharing.yes': 'Ie',
  'sharing.no': 'Na',
  'sharing.save': 'Cadw’r newidiadau',
  'sharing.cancel': 'Canslo',
  'sharing.changed': 'Wedi’i gadw. Mae {name} yn gweld y newid yn syth.',
  'sharing.stopQuestion':
    'Stopio rhannu gyda {name}? Byddan nhw’n colli mynediad yn syth. Dim ond gwahoddiad newydd gennych chi all ei roi yn ôl.',
  'sharing.stopConfirm': 'Ie, stopio rhannu',
  'sharing.stopped': 'Rydych chi wedi stopio rhannu gyda {name}.',
  'sharing.pausedNotice':
    'Mae rhannu wedi’i oedi. All neb rydych chi’n rhannu gyda nhw weld dim byd nes i chi ailddechrau.',
  'sharing.pausedLinksToo': 'Mae eich dolenni argyfwng wedi’u hoedi hefyd.',
  'sharing.pause': 'Oedi pob rhannu',
  'sharing.pauseQuestion': 'Oedi dolenni argyfwng hefyd?',
  'sharing.pauseConfirm': 'Oedi rhannu',
  'sharing.resume': 'Ailddechrau rhannu',
  'sharing.endsAtPast': 'Dewiswch ddyddiad gorffen yn y dyfodol.',
  'sharing.withheld.for_me_only':
    'Dydy unrhyw beth rydych chi wedi’i farcio “i mi yn unig” byth yn cael ei ddangos i {name}.',
  'sharing.withheld.journal':
    'Mae eich dyddiadur yn aros yn breifat: dim ond y cofnodion rydych chi wedi’u rhannu gyda nhw fesul un mae {name} yn eu gweld.',
  'sharing.withheld.advance_choice_document':
    'Dydy eich dogfen dewisiadau ymlaen llaw ddim yn cael ei dangos gyda’r cynllun argyfwng.',
  'sharing.outcomes.heading': 'Cyfrif yn adroddiadau fy ngwasanaeth',
  'sharing.outcomes.intro':
    'Mae gwasanaethau eisiau gwybod a ydyn nhw’n helpu pobl. Os ydych chi’n dweud ie, bydd eich sgorau’n cyfrif yn adroddiadau’r gwasanaethau rydych chi wedi’ch cysylltu â nhw. Y rhain yw eich sgorau gwirio, eich sgorau meysydd bywyd a’ch sgorau ffurflenni.',
  'sharing.outcomes.anonymous':
    'Dydy adroddiadau byth yn eich enwi. Does dim byd a ysgrifennoch chi yn eich geiriau eich hun ynddyn nhw.',
  'sharing.outcomes.smallNumbers':
    'Mae niferoedd bach yn cael eu cuddio, fel na all neb gael ei adnabod.',
  'sharing.outcomes.forMeOnly': 'Dydy dim byd a farciwyd gennych yn “i mi yn unig” byth yn cyfrif.',
  'sharing.outcomes.stopAnyTime':
    'Gallwch chi stopio unrhyw bryd. Bydd adroddiadau a wneir wedyn yn eich gadael allan.',
  'sharing.outcomes.on': 'Rydych chi’n cyfrif yn adroddiadau eich gwasanaeth.',
  'sharing.outcomes.off': 'Dydych chi ddim yn cyfrif yn adroddiadau eich gwasanaeth.',
  'sharing.outcomes.optIn': 'Cyfrwch fi',
  'sharing.outcomes.optOut': 'Stopiwch fy nghyfrif',
  'sharing.outcomes.optedIn':
    'Rydych chi nawr yn cyfrif, heb eich enw, yn adroddiadau eich gwasanaeth.',
  'sharing.outcomes.optedOut': 'Dydych chi ddim yn cyfrif yn adroddiadau eich gwasanaeth mwyach.',
} satisfies Words;
