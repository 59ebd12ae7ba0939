import type { Words } from '../../../translate.ts';

export default {
  'links.intro':
    'Link awaryjny pozwala komuś przeczytać plan kryzysowy bez logowania: na przykład zespołowi kryzysowemu, komuś bliskiemu albo personelowi oddziału ratunkowego (A&E).',
  'links.intro2':
    'Każdy, kto ma link, może go otworzyć, dopóki nie wygaśnie albo nie zostanie wyłączony. Reszta zapisu jest niewidoczna. Każde otwarcie jest tu pokazane.',
  'links.expiry': 'Jak długo link ma działać?',
  'links.expiry.hint': 'Najlepiej wybrać najkrótszy przydatny czas. Link można wyłączyć wcześniej.',
  'links.expiry.24': '24 godziny',
  'links.expiry.72': '3 dni',
  'links.expiry.168': '7 dni',
  'links.expiry.336': '14 dni',
  'links.expiry.720': '30 dni',
  'links.create': 'Utwórz link',
  'links.new.title': 'Nowy link awaryjny',
  'links.new.once':
    'Proszę skopiować go albo zeskanować kod teraz. Dla bezpieczeństwa Waymark nie może pokazać tego linku drugi raz.',
  'links.new.until': 'Działa do: {when}.',
  'links.new.url': 'Link awaryjny',
  'links.copy': 'Skopiuj link',
  'links.copied': 'Link jest skopiowany. Można go wkleić do wiadomości.',
  'links.copyByHand':
    'Link jest zaznaczony. Można go skopiować poleceniem kopiowania na tym urządzeniu.',
  'links.qr.title': 'Kod QR',
  'links.qr.hint': 'Można go zeskanować aparatem w telefonie, żeby otworzyć link.',
  'links.qr.label': 'Kod QR nowego linku awaryjnego',
  'links.list.title': 'Moje linki',
  'links.none': 'Nie ma jeszcze żadnych linków awaryjnych.',
  'links.madeOn': 'Link utworzony: {when}',
  'links.status.active': 'Aktywny',
  'links.status.expired': 'Wygasł',
  'links.status.revoked': 'Wyłączony',
  'links.worksUntil': 'Działa do: {when}.',
  'links.expiredOn': 'Wygasł: {when}.',
  'links.revokedOn': 'Wyłączony: {when}.',
  'links.views.none': 'Jeszcze nieotwarty.',
  'links.revoke': 'Wyłącz ten link',
  'links.revoked':
    '„{name}” jest wyłączony. Kto spróbuje go teraz otworzyć, zobaczy, że już nie działa.',
  'links.label': 'Nazwa tego linku (nieobowiązkowe)',
  'links.label.hint':
    'Żeby łatwo odróżnić linki, na przykład „Dla zespołu kryzysowego” albo „Dla mamy”. Ta nazwa jest widoczna tylko dla mnie, a nie dla osoby, która otwiera link.',
  'links.madeOnShort': 'Utworzony: {when}.',
  'links.rename': 'Zmień nazwę',
  'links.rename.label': 'Nowa nazwa tego linku',
  'links.rename.hint': 'Jeśli pole zostanie puste, będzie widać datę utworzenia linku.',
  'links.rename.save': 'Zapisz nazwę',
  'links.rename.cancel': 'Anuluj',
  'links.renamed': 'Link nazywa się teraz „{name}”. Sam link się nie zmienił.',
  'links.renamedElsewhere':
    'Ten link został zmieniony w innej karcie albo na innym urządzeniu. Tak wygląda teraz: jeśli nadal trzeba, można znów zmienić jego nazwę.',
  'links.views.count':
    '{count, plural, one {Otwarty raz} few {Otwarty # razy} many {Otwarty # razy} other {Otwarty # razy}}',
} satisfies Words;
