import type { Words } from '../../../translate.ts';

export default {
  'closeAccount.settings.title': 'Zamknij moje konto',
  'closeAccount.settings.intro':
    'Możesz zamknąć konto w każdej chwili. Twój zapis zostanie wtedy usunięty z Waymark.',
  'closeAccount.settings.link': 'Zamknij moje konto',
  'closeAccount.title': 'Zamknij swoje konto',
  'closeAccount.intro':
    'Zamknięcie konta usuwa wszystko, co przechowujesz w Waymark. Tego nie można cofnąć.',
  'closeAccount.goes.title': 'Co zostanie usunięte',
  'closeAccount.goes.record':
    'Twój zapis: O mnie, obszary życia i cele, Twoje plany, sieć wsparcia, krótkie podsumowania, pomiary, dziennik i pliki, razem z każdą wcześniejszą wersją.',
  'closeAccount.goes.sharing':
    'Wszyscy, którym udostępniasz, od razu tracą dostęp. Twoje zaproszenia i linki awaryjne przestają działać.',
  'closeAccount.goes.words':
    'Komentarze i opinie zostawione przez Ciebie w zapisach innych osób oraz sugestie, których nie przyjęły.',
  'closeAccount.goes.signIn': 'Twój adres e-mail, imię, hasło i logowanie dwuetapowe.',
  'closeAccount.stays.title': 'Co zostaje',
  'closeAccount.stays.id': 'Numer, który kiedyś oznaczał Twoje konto, i nic poza nim.',
  'closeAccount.stays.others':
    'W zapisach osób, które Ci coś udostępniły, ich dziennik dostępu nadal mówi, kiedy zaglądałeś, a ich zapis zachowuje przyjęte przez nie Twoje sugestie. Te zapisy należą do nich.',
  'closeAccount.stays.backups':
    'Kopie w kopiach zapasowych osoby prowadzącej Waymark, dopóki nie zostaną zastąpione.',
  'closeAccount.keep.title': 'Najpierw zachowaj kopię',
  'closeAccount.keep.body':
    'Po zamknięciu konta nikt nie przywróci Twojego zapisu. Zanim odejdziesz, wydrukuj swoje plany albo pobierz swój zapis.',
  'closeAccount.confirm.title': 'Zamknij je teraz',
  'closeAccount.confirm.password': 'Twoje hasło',
  'closeAccount.confirm.understood':
    'Rozumiem, że mój zapis zostanie usunięty i nie będzie można go przywrócić',
  'closeAccount.understoodRequired': 'Zaznacz pole, aby potwierdzić, że rozumiesz, że tego nie można cofnąć',
  'closeAccount.confirm.submit': 'Zamknij moje konto i usuń mój zapis',
  'closeAccount.cancel': 'Zachowaj moje konto',
  'closeAccount.done': 'Twoje konto jest zamknięte, a zapis usunięty.',
} satisfies Words;
