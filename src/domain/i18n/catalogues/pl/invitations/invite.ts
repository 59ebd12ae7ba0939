import type { Words } from '../../../translate.ts';

export default {
  'invite.title': 'Zaproś kogoś do oglądania mojego zapisu',
  'invite.intro':
    'Proszę wybrać, kto to jest i co może zobaczyć. Ta osoba może tylko czytać: zmieniać zapis mogę tylko ja.',
  'invite.role': 'Kim jest dla mnie ta osoba?',
  'invite.role.family': 'Rodzina',
  'invite.role.friend': 'Przyjaciel lub przyjaciółka',
  'invite.role.carer': 'Opiekun lub opiekunka',
  'invite.role.peer_supporter':
    'Asystent lub asystentka zdrowienia (wsparcie od osoby z podobnym doświadczeniem)',
  'invite.role.practitioner':
    'Specjalista lub specjalistka, na przykład pielęgniarka, lekarz albo terapeuta',
  'invite.role.other': 'Ktoś inny',
  'invite.knownAs': 'Imię, pod którym znam tę osobę',
  'invite.knownAs.hint':
    'Tak ta osoba będzie widoczna w Waymark, na przykład „Jo” albo „Dr Patel”.',
  'invite.sections': 'Co może zobaczyć?',
  'invite.sections.hint':
    'Proszę zaznaczyć każdą część, którą ta osoba może czytać. Niezaznaczone części zostają prywatne. Można to później zmienić.',
  'invite.section.about_me': 'O mnie',
  'invite.section.goals': 'Moje cele',
  'invite.section.support_network': 'Moja sieć wsparcia',
  'invite.section.staying_well': 'Mój plan dobrego samopoczucia',
  'invite.section.crisis_plan': 'Mój plan kryzysowy',
  'invite.section.safety_plan': 'Mój plan bezpieczeństwa',
  'invite.section.after_crisis': 'Mój plan po kryzysie',
  'invite.section.moving_on': 'Mój plan na dalszą drogę',
  'invite.section.checkins': 'Moje oceny samopoczucia',
  'invite.section.measures': 'Moje kwestionariusze',
  'invite.section.reviews': 'Moje przeglądy',
  'invite.journalPrivate':
    'Wpisy w dzienniku zostają prywatne. Można je udostępniać pojedynczo z dziennika.',
  'invite.advanceChoice': 'Dołącz do planu kryzysowego mój dokument z wyborami na przyszłość',
  'invite.advanceChoice.hint':
    'Jeśli to pole nie zostanie zaznaczone, dokument pozostanie prywatny.',
  'invite.endsAt': 'Kiedy ma się skończyć dostęp? (nieobowiązkowe)',
  'invite.endsAt.hint':
    'Ta osoba widzi udostępnione części do tego dnia włącznie. Puste pole oznacza brak daty końca.',
  'invite.submit': 'Utwórz zaproszenie',
  'invite.created.title': 'Zaproszenie dla osoby {name}',
  'invite.created.once':
    'Link i kod są widoczne tylko teraz. Jedno z nich trzeba samodzielnie przekazać osobie {name}, na przykład w wiadomości albo czytając kod przez telefon.',
  'invite.created.until': 'Trzeba je przyjąć do: {when}. Potem przestaje działać.',
  'invite.created.how':
    'Przed przyjęciem zaproszenia ta osoba musi zalogować się do Waymark albo założyć konto. Każde zaproszenie działa tylko raz.',
  'invite.created.link': 'Link z zaproszeniem',
  'invite.created.code': 'Albo kod do przeczytania',
  'invite.created.codeHint':
    'Ta osoba wpisuje go w Waymark w części „Mam kod”. Wielkie litery i myślniki nie mają znaczenia.',
  'invite.copy': 'Skopiuj link',
  'invite.copied': 'Link skopiowany.',
  'invite.copyByHand': 'Proszę zaznaczyć link i skopiować go ręcznie.',
  'invite.another': 'Zaproś kogoś jeszcze',
} satisfies Words;
