import type { Words } from '../../../translate.ts';

export default {
  'nav.label': 'Główne',
  'nav.home': 'Start',
  'nav.aboutMe': 'O mnie',
  'nav.goals': 'Moje cele',
  'nav.lifeAreas': 'Moje obszary życia',
  'nav.menu': 'Menu',
  'nav.settings': 'Ustawienia',
  'nav.crisisPlan': 'Plan kryzysowy',
  'nav.plans': 'Moje plany',
  'nav.supportNetwork': 'Moja sieć wsparcia',
  'nav.signOut': 'Wyloguj się',
  'nav.signIn': 'Zaloguj się',
  'nav.signUp': 'Załóż konto',
  'nav.checkIn': 'Jak się czuję',
  'nav.progress': 'Jak mi idzie',
  'nav.journal': 'Dziennik',
  'nav.questionnaires': 'Kwestionariusze',
  'nav.reviews': 'Przeglądy',
  'nav.sharing': 'Udostępnianie',
} satisfies Words;
