import type { Words } from '../../../translate.ts';

export default {
  'validation.required.serviceName': 'Proszę wpisać nazwę placówki',
  'validation.required.teamName': 'Wpisz nazwę zespołu',
  'validation.required.staffName': 'Wpisz imię i nazwisko',
  'validation.required.team': 'Wybierz zespół',
  'validation.required.myCareLabel': 'Wpisz słowa dla tego elementu',
} satisfies Words;
