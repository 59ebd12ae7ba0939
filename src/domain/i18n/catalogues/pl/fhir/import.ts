import type { Words } from '../../../translate.ts';

export default {
  'import.title': 'Przenieś moją dokumentację z innego Waymark',
  'import.intro':
    'Jeśli korzystałeś z Waymark gdzie indziej, możesz przenieść tu swoją dokumentację. Użyj pliku, który dostałeś tam z „Pobierz moją dokumentację”.',
  'import.onlyEmpty':
    'Możesz to zrobić tylko wtedy, gdy Twoja dokumentacja tutaj jest pusta, zaraz po rejestracji. Nic nie zostanie pomieszane.',
  'import.fileLabel': 'Plik z Twoją dokumentacją',
  'import.fileHint': 'Plik .json z „Pobierz moją dokumentację”, do {max} MB.',
  'import.submit': 'Przenieś moją dokumentację',
  'import.working': 'Przenosimy Twoją dokumentację. To może potrwać minutę.',
  'import.noFile': 'Najpierw wybierz plik z dokumentacją.',
  'import.notJson':
    'Nie możemy odczytać tego pliku. Wybierz plik .json z „Pobierz moją dokumentację”.',
  'import.tooBig': 'Ten plik ma więcej niż {max} MB, więc nie możemy go przenieść.',
  'import.doneTitle': 'Twoja dokumentacja jest tutaj',
  'import.broughtIntro': 'Przenieśliśmy:',
  'import.brought.aboutMe': 'O mnie',
  'import.brought.lifeAreas': 'Obszary życia: {count}',
  'import.brought.goals': 'Cele: {count}, z notatkami: {notes}',
  'import.brought.plans': 'Plany: {count}',
  'import.brought.supportContacts': 'Osoby i służby w Twojej sieci wsparcia: {count}',
  'import.brought.checkins': 'Sprawdzenia samopoczucia: {count}',
  'import.brought.lifeAreaRatings': 'Oceny obszarów życia: {count}',
  'import.brought.measureResponses': 'Wypełnione kwestionariusze: {count}',
  'import.brought.journalEntries': 'Wpisy w dzienniku: {count}',
  'import.brought.files': 'Pliki: {count}',
  'import.brought.reviews': 'Przeglądy: {count}',
  'import.sharedTitle': 'Kto mógł tam widzieć Twoją dokumentację',
  'import.sharedNone': 'Nie udostępniałeś tam nikomu swojej dokumentacji.',
  'import.sharedIntro':
    'Tych osób tu nie ma. Nie widzą tutaj niczego z Twojej dokumentacji. Jeśli chcesz, zaproś je ponownie w Udostępnianiu.',
  'import.sharedPerson': '{name} ({role}) mógł tam widzieć: {sections}.',
  'import.sharedJournal': '{name} mógł tam czytać Twoje wpisy w dzienniku: {count}.',
  'import.sharedTeam': 'Zespół {team} w {service} mógł tam widzieć: {sections}.',
  'import.sharedTeamAgain': 'Aby połączyć się tutaj z zespołem, poproś zespół o jego kod.',
  'import.toSharing': 'Przejdź do Udostępniania',
  'import.toRecord': 'Przejdź do mojej dokumentacji',
  'import.back': 'Wróć do ustawień',
  'import.unknownMeasure':
    'Zawiera odpowiedzi na kwestionariusz, którego ten Waymark nie ma ({questionnaire}).',
  'import.fileChanged': 'Plik „{name}” zmienił się od zapisania, więc nie możemy mu ufać.',
} satisfies Words;
