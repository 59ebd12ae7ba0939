import type { Words } from '../../../translate.ts';

export default {
  'notifications.kind.suggestion_made': '{name} proponuje zmianę w moim zapisie',
  'notifications.kind.suggestion_decided': '{name}: decyzja w sprawie mojej propozycji',
  'notifications.kind.invitation_accepted': '{name}: zaproszenie przyjęte',
  'notifications.kind.early_warning': '{name} prosi o kontakt',
  'notifications.email.subject': 'Waymark: {what}',
  'notifications.email.body':
    '{what}.\n\nWięcej można zobaczyć w Waymark: {link}\n\nW Waymark, w Ustawieniach, można wybrać, jakie e-maile przychodzą.',
  'notifications.setting.suggestion_made': 'Ktoś proponuje zmianę w moim zapisie',
  'notifications.setting.suggestion_decided': 'Ktoś podejmuje decyzję w sprawie mojej propozycji',
  'notifications.setting.invitation_accepted': 'Ktoś przyjmuje moje zaproszenie',
  'notifications.setting.early_warning': 'Osoba, którą wspieram, prosi o kontakt',
  'notifications.title': 'Powiadomienia',
  'notifications.unread':
    '{count, plural, one {# nowe} few {# nowe} many {# nowych} other {# nowego}}',
  'notifications.empty': 'Nie ma żadnych powiadomień.',
  'notifications.loadFailed': 'Nie udało się załadować powiadomień. Proszę spróbować jeszcze raz.',
  'notifications.markRead': 'Oznacz jako przeczytane',
  'notifications.markAllRead': 'Oznacz wszystkie jako przeczytane',
  'notifications.new': 'Nowe',
  'notifications.open': 'Otwórz',
  'notifications.settings.title': 'Powiadomienia',
  'notifications.settings.intro':
    'Tu można wybrać, o czym Waymark powiadamia. Powiadomienia i e-maile mówią tylko, kto coś zrobił. Nigdy nie mówią, co jest w czyimś zapisie.',
  'notifications.settings.inApp': 'W Waymark',
  'notifications.settings.email': 'E-mailem',
  'notifications.settings.save': 'Zapisz wybór powiadomień',
  'notifications.settings.saved': 'Wybór powiadomień jest zapisany.',
  'notifications.settings.saveFailed':
    'Nie udało się zapisać wyboru. Proszę spróbować jeszcze raz.',
} satisfies Words;
