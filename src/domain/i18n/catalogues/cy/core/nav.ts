import type { Words } from '../../../translate.ts';

export default {
  'nav.label': 'Prif ddewislen',
  'nav.home': 'Hafan',
  'nav.aboutMe': 'Amdanaf i',
  'nav.goals': 'Fy nodau',
  'nav.lifeAreas': 'Fy meysydd bywyd',
  'nav.menu': 'Dewislen',
  'nav.settings': 'Gosodiadau',
  'nav.crisisPlan': 'Cynllun argyfwng',
  'nav.plans': 'Fy nghynlluniau',
  'nav.supportNetwork': 'Fy rhwydwaith cymorth',
  'nav.signOut': 'Allgofnodi',
  'nav.signIn': 'Mewngofnodi',
  'nav.signUp': 'Creu cyfrif',
  'nav.checkIn': 'Gwiriad lles',
  'nav.progress': 'Sut rydw i’n dod ymlaen',
  'nav.journal': 'Dyddiadur',
  'nav.questionnaires': 'Holiaduron',
  'nav.reviews': 'Adolygiadau',
  'nav.sharing': 'Rhannu',
} satisfies Words;
