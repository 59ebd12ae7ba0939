import type { Words } from '../../../translate.ts';

export default {
  'download.settings.title': 'Pobierz mój zapis',
  'download.settings.intro':
    'Weź kopię wszystkiego, co przechowujesz w Waymark, kiedy tylko chcesz.',
  'download.settings.link': 'Pobierz mój zapis',
  'download.title': 'Pobierz mój zapis',
  'download.intro': 'Twój zapis należy do ciebie. W każdej chwili możesz wziąć jego pełną kopię.',
  'download.file.title': 'Plik dla innych aplikacji',
  'download.file.body':
    'Ten plik zawiera cały twój zapis w formacie FHIR, którego używają aplikacje zdrowotne i opiekuńcze. Inny Waymark może go z niego wczytać. Są w nim twój dziennik i twoje pliki, więc przechowuj go bezpiecznie.',
  'download.file.button': 'Pobierz plik',
  'download.readable.title': 'Kopia do czytania i drukowania',
  'download.readable.body':
    'Pokazuje cały twój zapis na jednej stronie, prostymi słowami. Możesz go wydrukować lub zapisać jako PDF.',
  'download.readable.link': 'Otwórz kopię do czytania i drukowania',
  'download.noRecord': 'Twoje konto nie ma własnego zapisu, więc nie ma czego pobrać.',
} satisfies Words;
