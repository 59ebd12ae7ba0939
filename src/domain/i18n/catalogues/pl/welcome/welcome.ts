import type { Words } from '../../../translate.ts';

export default {
  'welcome.title': 'Witamy w Waymark',
  'welcome.hello':
    'Dzień dobry, {name}. To miejsce na moją drogę zdrowienia, opisaną moimi słowami.',
  'welcome.yours.title': 'To jest mój zapis',
  'welcome.yours.body':
    'To ja go piszę i decyduję, co się w nim znajdzie. Wszystko mogę później zmienić albo usunąć.',
  'welcome.private.title': 'Nikt inny go nie widzi, chyba że go udostępnię',
  'welcome.private.body':
    'Jeśli chcę, żeby ktoś zobaczył jakąś część, to ja wybieram, kto i którą. Udostępnianie mogę zakończyć w każdej chwili.',
  'welcome.start.title': 'Można zacząć od czegokolwiek',
  'welcome.start.body':
    'Nie ma właściwej kolejności i nie trzeba wypełniać wszystkiego. Od czego chcę zacząć?',
  'welcome.start.aboutMe': 'Co jest dla mnie ważne',
  'welcome.start.aboutMe.hint':
    'Kilka słów o mnie: moje mocne strony, na czym mi zależy i jak inni mogą mnie wspierać.',
  'welcome.start.crisisPlan': 'Kiedy robi się trudno',
  'welcome.start.crisisPlan.hint':
    'Mój plan kryzysowy: sygnały, na które trzeba uważać, co pomaga i kogo chcę zaangażować.',
  'welcome.start.goal': 'Cel',
  'welcome.start.goal.hint': 'Coś, do czego chcę dążyć małymi krokami.',
  'welcome.start.lifeAreas': 'Części mojego życia',
  'welcome.start.lifeAreas.hint':
    'Wybieram sposób patrzenia na moje życie, który mi pasuje. Może to być codzienne życie, moje zdrowienie, nadzieja albo moja rodzina, wiara i kultura.',
  'welcome.skip': 'Nie teraz: przejdź do mojej strony głównej',
  'welcome.import': 'Korzystałeś z Waymark gdzie indziej? Przenieś tu swoją dokumentację',
  'welcome.again': 'To powitanie można przeczytać jeszcze raz w Ustawieniach.',
} satisfies Words;
