import type { Words } from '../../../translate.ts';

export default {
  'error.WM_VALIDATION_FAILED':
    'Część informacji się nie zgadza. Proszę je sprawdzić i spróbować jeszcze raz.',
  'error.WM_REQUEST_MALFORMED':
    'Nie udało się odczytać żądania. Może jest niepełne albo nie jest poprawnym JSON.',
  'error.WM_REQUEST_TOO_LARGE': 'To za dużo, żeby zapisać naraz.',
  'error.WM_REQUEST_TOO_COMPLEX':
    'To ma za dużo poziomów albo części, żeby odczytać naraz, więc nie zostało odczytane. Nic nie zmieniono.',
  'error.WM_REQUEST_UNSUPPORTED_MEDIA_TYPE': 'Proszę wysłać informacje jako JSON.',
  'error.WM_AUTH_REQUIRED': 'Do tego trzeba się zalogować.',
  'error.WM_AUTH_WRONG_CREDENTIALS': 'Adres e-mail albo hasło jest nieprawidłowe.',
  'error.WM_AUTH_EMAIL_TAKEN': 'Konto z tym adresem e-mail już istnieje. Proszę się zalogować.',
  'error.WM_AUTH_TOO_MANY_ATTEMPTS': 'Za dużo prób logowania. Proszę spróbować ponownie za {wait}.',
  'error.WM_CSRF_FAILED':
    'To żądanie nie przyszło z Waymark, więc zostało zatrzymane. Proszę odświeżyć stronę i spróbować jeszcze raz.',
  'error.WM_NOT_FOUND': 'Nie udało się tego znaleźć.',
  'error.WM_VERSION_REQUIRED':
    'Proszę odświeżyć stronę i spróbować jeszcze raz: musimy wiedzieć, która wersja została zmieniona.',
  'error.WM_VERSION_INVALID': 'Wersja wysłana z tą zmianą ma zły format.',
  'error.WM_VERSION_CONFLICT': 'To zmieniło się w innym miejscu od chwili otwarcia.',
  'error.WM_RATE_LIMITED': 'Za dużo żądań. Proszę odczekać minutę i spróbować jeszcze raz.',
  'error.WM_INTERNAL':
    'Coś poszło nie tak po naszej stronie. Nic nie zmieniono. Proszę spróbować później.',
  'error.WM_RECORD_ITEM_TOO_NEW':
    'To zapisała nowsza wersja Waymark, więc nie da się tego jeszcze tu otworzyć. Nic nie zmieniono. Proszę spróbować za kilka minut.',
  'error.WM_RECORD_ITEM_UNREADABLE':
    'Waymark nie może odczytać tego, co tu zapisano. Nic nie zmieniono. Można przywrócić wcześniejszą wersję z historii albo powiadomić osoby, które prowadzą Waymark.',
  'error.WM_HOST_NOT_ALLOWED':
    'Waymark nie działa pod tym adresem internetowym. Proszę sprawdzić otwarty adres i spróbować jeszcze raz.',
  'error.WM_JOURNAL_KEY_UNAVAILABLE':
    'Tego wpisu w dzienniku nie da się tu otworzyć, bo brakuje klucza, którym go zamknięto. Nic nie zmieniono. Proszę powiadomić osoby, które prowadzą Waymark.',
  'error.WM_JOURNAL_UNREADABLE':
    'Nie udało się otworzyć tego wpisu w dzienniku. Mógł zostać uszkodzony. Nic nie zmieniono. Proszę powiadomić osoby, które prowadzą Waymark.',
  'error.WM_MEASURE_NEEDS_WORDING':
    'Ten kwestionariusz potrzebuje treści pytań od placówki, więc nie można jeszcze na niego odpowiedzieć.',
  'error.WM_UPLOAD_TOO_LARGE': 'Ten plik jest za duży. Plik może mieć najwyżej {max} MB.',
  'error.WM_UPLOAD_WRONG_TYPE': 'Ten plik nie jest plikiem PDF ani zdjęciem (PNG, JPEG lub WebP).',
  'error.WM_STORAGE_QUOTA_EXCEEDED':
    'Nie ma już miejsca na ten plik: zostało {left} MB z {quota} MB. Żeby zrobić miejsce, można odłączyć od planów niepotrzebne pliki i zapisać. Odłączone pliki liczą się jeszcze przez {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}, bo do tego czasu można je przywrócić.',
  'error.WM_AUTH_SERVICE_DISABLED':
    'Twoja placówka jest wyłączona w Waymark, więc nie można się zalogować. Proszę poprosić o pomoc osoby, które prowadzą Waymark.',
  'error.WM_SECOND_FACTOR_REQUIRED':
    'Pracownicy muszą włączyć logowanie dwuetapowe, zanim zobaczą cokolwiek o osobach, z którymi pracują. Można je włączyć w Ustawieniach.',
} satisfies Words;
