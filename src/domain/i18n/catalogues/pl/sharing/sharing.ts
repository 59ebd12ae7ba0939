import type { Words } from '../../../translate.ts';

export default {
  'sharing.title': 'Udostępnianie',
  'sharing.intro':
    'Tu można wybrać, kto widzi które części zapisu, i w każdej chwili to zmienić albo zakończyć. Zmiany działają od razu.',
  'sharing.invitationsHeading': 'Zaproś kogoś',
  'sharing.peopleHeading': 'Osoby z dostępem',
  'sharing.nobody': 'Nikt nie ma dostępu do tego zapisu. Należy on tylko do mnie.',
  'sharing.person': '{knownAs} ({role})',
  'sharing.accountName': 'Nazwa konta tej osoby: {name}',
  'sharing.sections': 'Widzi: {sections}',
  'sharing.noSections': 'Teraz nic nie widzi.',
  'sharing.endsAt': 'Do: {date}',
  'sharing.ended': 'Dostęp zakończony: {date}',
  'sharing.noEnd': 'Bez daty końca',
  'sharing.since': 'Od: {date}',
  'sharing.change': 'Zmień, co widzi {name}',
  'sharing.stop': 'Przestań udostępniać osobie {name}',
  'sharing.preview': 'Zobacz, co widzi {name}',
  'sharing.changeHeading': 'Zmień, co widzi {name}',
  'sharing.sectionLegend': 'Części, które widzi {name}',
  'sharing.level.none': 'Nie udostępniono',
  'sharing.level.view': 'Może oglądać',
  'sharing.advanceChoice': 'Dołącz do planu kryzysowego mój dokument z wyborami na przyszłość',
  'sharing.endsAtLabel': 'Data końca (nieobowiązkowe)',
  'sharing.endsAtHint': 'Puste pole oznacza brak daty końca.',
  'sharing.tellThem': 'Powiadomić tę osobę o zmianie?',
  'sharing.tellThemStop': 'Powiadomić tę osobę o zakończeniu udostępniania?',
  'sharing.yes': 'Tak',
  'sharing.no': 'Nie',
  'sharing.save': 'Zapisz zmiany',
  'sharing.cancel': 'Anuluj',
  'sharing.changed': 'Zapisano. {name} widzi zmianę od razu.',
  'sharing.stopQuestion':
    'Przestać udostępniać osobie {name}? Ta osoba od razu straci dostęp. Przywrócić go może tylko nowe zaproszenie.',
  'sharing.stopConfirm': 'Tak, przestań udostępniać',
  'sharing.stopped': 'Udostępnianie osobie {name} zostało zakończone.',
  'sharing.pausedNotice':
    'Udostępnianie jest wstrzymane. Nikt z osób z dostępem nic nie widzi, dopóki nie zostanie wznowione.',
  'sharing.pausedLinksToo': 'Linki awaryjne też są wstrzymane.',
  'sharing.pause': 'Wstrzymaj całe udostępnianie',
  'sharing.pauseQuestion': 'Wstrzymać też linki awaryjne?',
  'sharing.pauseConfirm': 'Wstrzymaj udostępnianie',
  'sharing.resume': 'Wznów udostępnianie',
  'sharing.endsAtPast': 'Proszę wybrać datę końca w przyszłości.',
  'sharing.withheld.for_me_only':
    'Niczego, co ma oznaczenie „tylko dla mnie”, {name} nigdy nie zobaczy.',
  'sharing.withheld.journal':
    'Dziennik zostaje prywatny: {name} widzi tylko wpisy udostępnione tej osobie pojedynczo.',
  'sharing.withheld.advance_choice_document':
    'Dokument z wyborami na przyszłość nie jest pokazywany razem z planem kryzysowym.',
  'sharing.outcomes.heading': 'Licz mnie w raportach mojej usługi',
  'sharing.outcomes.intro':
    'Usługi chcą wiedzieć, czy pomagają ludziom. Jeśli się zgodzisz, Twoje wyniki będą liczone w raportach usług, z którymi masz połączenie. Chodzi o wyniki szybkich ocen, oceny obszarów życia i wyniki kwestionariuszy.',
  'sharing.outcomes.anonymous':
    'Raporty nigdy Cię nie wymieniają. Nie ma w nich niczego, co napisałeś(-aś) własnymi słowami.',
  'sharing.outcomes.smallNumbers': 'Małe liczby są ukryte, więc nikogo nie da się rozpoznać.',
  'sharing.outcomes.forMeOnly': 'Nic, co oznaczysz „tylko dla mnie”, nigdy się nie liczy.',
  'sharing.outcomes.stopAnyTime':
    'Możesz przestać w każdej chwili. Raporty zrobione potem Cię pomijają.',
  'sharing.outcomes.on': 'Jesteś liczony(-a) w raportach swojej usługi.',
  'sharing.outcomes.off': 'Nie jesteś liczony(-a) w raportach swojej usługi.',
  'sharing.outcomes.optIn': 'Licz mnie',
  'sharing.outcomes.optOut': 'Przestań mnie liczyć',
  'sharing.outcomes.optedIn':
    'Od teraz jesteś liczony(-a), bez imienia, w raportach swojej usługi.',
  'sharing.outcomes.optedOut': 'Nie jesteś już liczony(-a) w raportach swojej usługi.',
} satisfies Words;
