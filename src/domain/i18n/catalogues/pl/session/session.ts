import type { Words } from '../../../translate.ts';

export default {
  'session.warning.title': 'Wkrótce nastąpi wylogowanie',
  'session.warning.body':
    'Żeby zapis pozostał prywatny, Waymark wyloguje o {time}. To dlatego, że od jakiegoś czasu nic nie zostało zapisane ani otwarte. Wpisany, a niezapisany tekst zostanie na tej stronie, ale żeby go zapisać, trzeba będzie zalogować się ponownie.',
  'session.warning.stay': 'Nie wylogowuj mnie',
  'session.cannotExtend.title': 'Wylogowanie nastąpi o {time}',
  'session.cannotExtend.body':
    'Logowanie trwa już tak długo, jak Waymark pozwala za jednym razem, więc nie można go przedłużyć. Proszę teraz zapisać wpisany tekst, a potem zalogować się ponownie.',
  'session.ended.title': 'Nastąpiło wylogowanie',
  'session.ended.body':
    'Wpisany tekst nadal jest na tej stronie. Proszę zalogować się ponownie w innej karcie, a potem wrócić tutaj i go zapisać.',
  'session.close': 'Zamknij',
} satisfies Words;
