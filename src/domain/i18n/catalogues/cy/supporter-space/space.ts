import type { Words } from '../../../translate.ts';

export default {
  'space.title': 'Fy lle i',
  'space.intro':
    'Eich lle chi yw hwn. All neb arall ei weld, gan gynnwys y bobl rydych chi’n eu cefnogi. Ysgrifennwch beth sydd ei angen arnoch chi a beth sy’n eich helpu, er mwyn i chithau allu dal ati hefyd.',
  'space.needs': 'Beth sydd ei angen arna i',
  'space.needsHint':
    'Er enghraifft: amser i mi fy hun, rhywun i siarad â nhw, help gyda phethau ymarferol.',
  'space.coping': 'Beth sy’n fy helpu i ymdopi',
  'space.copingHint': 'Pethau sy’n eich sadio pan fydd pethau’n mynd yn anodd.',
  'space.selfCarePlan': 'Fy nghynllun ar gyfer gofalu amdanaf fy hun',
  'space.selfCarePlanHint': 'Beth fyddwch chi’n ei wneud, a phryd, i gadw eich hun yn iach.',
  'space.save': 'Cadw fy lle',
  'space.saved': 'Wedi’i gadw.',
  'space.conflict':
    'Cafodd hyn ei newid yn rhywle arall ers i chi ei agor. Mae beth sydd wedi’i gadw nawr yn cael ei ddangos; mae eich geiriau chi isod er mwyn i chi allu eu hychwanegu eto.',
  'space.yourWords': 'Eich geiriau na chafodd eu cadw',
  'space.saveFailed': 'Doedd dim modd cadw eich geiriau. Rhowch gynnig arall arni.',
  'space.history': 'Fersiynau cynharach',
  'space.historyLink': 'Fersiynau cynharach o fy lle i',
  'space.guideLink': 'Darllen canllaw byr i gefnogi rhywun',
  'space.linkFromHome': 'Fy lle i: beth sydd ei angen arna i, a gofalu amdanaf fy hun',
} satisfies Words;
