import type { Words } from '../../../translate.ts';

export default {
  'welcome.title': 'Croeso i Waymark',
  'welcome.hello': 'Helo, {name}. Dyma le ar gyfer eich adferiad, yn eich geiriau eich hun.',
  'welcome.yours.title': 'Eich cofnod chi yw hwn',
  'welcome.yours.body':
    'Chi sy’n ei ysgrifennu, a chi sy’n penderfynu beth sy’n mynd ynddo. Gallwch chi newid neu dynnu unrhyw beth allan yn nes ymlaen.',
  'welcome.private.title': 'All neb arall ei weld oni bai eich bod chi’n ei rannu',
  'welcome.private.body':
    'Os ydych chi eisiau i rywun weld rhan ohono, chi sy’n dewis pwy a pha ran. Gallwch chi stopio rhannu unrhyw bryd.',
  'welcome.start.title': 'Dechreuwch yn unrhyw le',
  'welcome.start.body':
    'Does dim trefn gywir, a does dim rhaid i chi lenwi popeth. Ble hoffech chi ddechrau?',
  'welcome.start.aboutMe': 'Beth sy’n bwysig i mi',
  'welcome.start.aboutMe.hint':
    'Ychydig eiriau amdanaf i: fy nghryfderau, beth sy’n bwysig i mi, a sut gall pobl fy nghefnogi.',
  'welcome.start.crisisPlan': 'Os bydd pethau’n mynd yn anodd',
  'welcome.start.crisisPlan.hint':
    'Fy nghynllun argyfwng: yr arwyddion i gadw llygad amdanyn nhw, beth sy’n helpu, a phwy rydw i eisiau eu cynnwys.',
  'welcome.start.goal': 'Nod',
  'welcome.start.goal.hint': 'Rhywbeth rydw i eisiau gweithio tuag ato, gam wrth gam.',
  'welcome.start.lifeAreas': 'Rhannau fy mywyd',
  'welcome.start.lifeAreas.hint':
    'Dewis ffordd o edrych ar fy mywyd sy’n fy siwtio i. Gallai fod yn fywyd bob dydd, fy adferiad, gobaith, neu fy nheulu, fy ffydd a fy niwylliant.',
  'welcome.skip': 'Ddim nawr: ewch â fi i fy hafan',
  'welcome.import': 'Wedi defnyddio Waymark yn rhywle arall? Dewch â’ch cofnod yma',
  'welcome.again': 'Gallwch chi ddarllen hwn eto o Gosodiadau.',
} satisfies Words;
