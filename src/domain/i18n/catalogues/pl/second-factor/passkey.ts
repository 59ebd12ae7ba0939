import type { Words } from '../../../translate.ts';

export default {
  'passkey.title': 'Klucze dostępu',
  'passkey.intro':
    'Klucz dostępu pozwala telefonowi, komputerowi lub kluczowi bezpieczeństwa potwierdzić, że to Ty. Używasz odcisku palca, twarzy lub blokady ekranu. Gdy go dodasz, logowanie poprosi o niego po haśle.',
  'passkey.staffMay': 'Klucz dostępu liczy się jako drugi krok, zamiast aplikacji albo obok niej.',
  'passkey.keepAnother':
    'Jeśli zgubisz urządzenie z kluczem dostępu, nie pomoże Ci on się zalogować. Dodaj więc klucz dostępu także na drugim urządzeniu albo włącz też logowanie dwuetapowe z aplikacją.',
  'passkey.none': 'Nie masz jeszcze klucza dostępu.',
  'passkey.listTitle': 'Twoje klucze dostępu',
  'passkey.addedOn': 'Dodano {date}',
  'passkey.lastUsed': 'Ostatnio użyto {date}',
  'passkey.notUsed': 'Jeszcze nie użyto',
  'passkey.name': 'Nazwa tego klucza dostępu',
  'passkey.nameHint': 'Żeby odróżnić swoje klucze dostępu, na przykład Mój telefon.',
  'passkey.add': 'Dodaj klucz dostępu',
  'passkey.added': 'Klucz dostępu {name} został dodany. Przy logowaniu poprosimy o niego.',
  'passkey.remove': 'Usuń',
  'passkey.removeTitle': 'Usuń klucz dostępu {name}',
  'passkey.removeIntro': 'Wpisz hasło, aby usunąć ten klucz dostępu.',
  'passkey.password': 'Obecne hasło',
  'passkey.cancel': 'Anuluj',
  'passkey.removed': 'Klucz dostępu {name} został usunięty.',
  'passkey.notSupported':
    'Ta przeglądarka nie umie tworzyć ani używać kluczy dostępu. Spróbuj innej przeglądarki albo użyj logowania dwuetapowego z aplikacją.',
  'passkey.notMade': 'Nie utworzono klucza dostępu. Jeśli chcesz go dodać, spróbuj ponownie.',
  'passkey.signIn.title': 'Potwierdź, że to Ty',
  'passkey.signIn.intro':
    'Przeglądarka poprosi o klucz dostępu dodany dla Waymark. Użyj odcisku palca, twarzy, blokady ekranu lub klucza bezpieczeństwa.',
  'passkey.signIn.use': 'Użyj klucza dostępu',
  'passkey.signIn.orCode': 'Albo wpisz kod z aplikacji',
  'passkey.signIn.notUsed':
    'Klucz dostępu nie został użyty. Spróbuj ponownie albo zaloguj się w inny sposób.',
  'passkey.signIn.notSupported':
    'Ta przeglądarka nie umie używać kluczy dostępu. Zaloguj się w przeglądarce, która to umie, albo użyj kodu z aplikacji, jeśli ją masz.',
  'passkey.appOff': 'Twoim drugim krokiem jest klucz dostępu. Możesz też włączyć aplikację.',
} satisfies Words;
