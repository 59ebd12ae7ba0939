import type { Words } from '../../../translate.ts';

export default {
  'teamInvite.email.subject': 'Zespół {team} z placówki {service} zaprasza Cię do Waymark',
  'teamInvite.email.body':
    '{name} z zespołu {team} w placówce {service} zaprasza Cię do połączenia Twojego zapisu w Waymark z zespołem.\n\nNic nie jest udostępniane, dopóki nie wybierzesz, co zespół widzi. Możesz odmówić.\n\nOtwórz ten link, aby odpowiedzieć. Działa raz, przez {days} dni:\n{link}',
  'teamInvite.email.bodyWithNote':
    '{name} z zespołu {team} w placówce {service} zaprasza Cię do połączenia Twojego zapisu w Waymark z zespołem.\n\nTa osoba pisze:\n{message}\n\nNic nie jest udostępniane, dopóki nie wybierzesz, co zespół widzi. Możesz odmówić.\n\nOtwórz ten link, aby odpowiedzieć. Działa raz, przez {days} dni:\n{link}',
  'teamInvite.gone.title': 'To zaproszenie już wygasło',
  'teamInvite.gone.code': 'Masz kod zespołu? Użyj go na stronie Udostępnianie',
  'teamInvite.heading': 'Zaproszenie od zespołu',
  'teamInvite.title': '{name} zaprasza Cię do zespołu {team}',
  'teamInvite.theyWrote': '{name} pisze:',
  'teamInvite.nothingYet':
    'Nic nie jest udostępniane, dopóki nie wybierzesz. Możesz to zmienić lub odejść w każdej chwili.',
  'teamInvite.expires': 'Ten link działa do: {when}.',
  'teamInvite.decline': 'Nie, dziękuję',
  'teamInvite.declined': 'Zaproszenie od: {team} zostało odrzucone. Nic nie zostało udostępnione.',
  'teamInvite.link': 'Zaproś kogoś do zespołu {team} e-mailem',
  'teamInvite.form.title': 'Zaproś kogoś e-mailem',
  'teamInvite.form.intro':
    'Wyślemy tej osobie link e-mailem. Działa raz, przez {days} dni. Nic nie jest udostępniane, dopóki ta osoba nie wybierze, co zespół widzi.',
  'teamInvite.form.email': 'Adres e-mail tej osoby',
  'teamInvite.form.message': 'Krótka wiadomość (nieobowiązkowa)',
  'teamInvite.form.messageHint': 'Trafi do e-maila. Nie pisz niczego prywatnego.',
  'teamInvite.form.send': 'Wyślij zaproszenie',
  'teamInvite.sent': 'Wysłaliśmy zaproszenie na adres {email}.',
  'teamInvite.sentBy': 'Wysłane przez: {name}, {date}.',
  'teamInvite.worksUntil': 'Link działa do: {date}.',
  'teamInvite.withdraw': 'Wycofaj zaproszenie dla {email}',
  'teamInvite.withdraw.question':
    'Wycofać zaproszenie dla {email}? Link w e-mailu przestanie działać.',
  'teamInvite.withdraw.yes': 'Tak, wycofaj',
  'teamInvite.withdrawn': 'Zaproszenie dla {email} zostało wycofane.',
  'teamInvite.waiting.title': 'Czekające na odpowiedź',
  'teamInvite.waiting.none': 'Żadne zaproszenie nie czeka na odpowiedź.',
  'teamInvite.page.title': 'Zaproś osoby do zespołu {team}',
  'teamInvite.page.plain': 'Zaproś osoby do zespołu',
  'teamInvite.page.back': 'Wróć',
  'teamInvite.page.notYours':
    'Nie możesz zapraszać osób do tego zespołu. Mogą to robić tylko osoby z zespołu i administrator placówki.',
} satisfies Words;
