import type { Words } from '../../../translate.ts';

export default {
  'myPeople.title': 'Moje osoby',
  'myPeople.intro':
    'Osoby, które dołączyły do Twoich zespołów. Widzisz tylko to, co każda z nich zdecydowała się udostępnić.',
  'myPeople.teams': 'Twoje zespoły',
  'myPeople.code': 'Kod, aby dołączyć do {team}: {code}',
  'myPeople.noCode': '{team} nie ma jeszcze kodu. Poproś o niego administratora placówki.',
  'myPeople.noTeams': 'Nie należysz jeszcze do żadnego zespołu.',
  'myPeople.none': 'Nikt jeszcze nie dołączył do Twoich zespołów.',
  'myPeople.open': 'Otwórz zapis: {name}',
  'myPeople.team': 'Zespół: {team}',
  'myPeople.shared': 'Udostępnione: {sections}',
  'myPeople.nothing': 'Obecnie nic nie jest udostępnione.',
  'myPeople.link': 'Osoby, które dołączyły do Twoich zespołów',
} satisfies Words;
