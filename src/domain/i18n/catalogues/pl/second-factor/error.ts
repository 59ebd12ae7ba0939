import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SECOND_FACTOR_WRONG_CODE':
    'Ten kod jest nieprawidłowy. Proszę sprawdzić kod, który aplikacja pokazuje teraz, i spróbować jeszcze raz.',
  'error.WM_SECOND_FACTOR_CODE_USED':
    'Ten kod został już użyty. Proszę poczekać, aż aplikacja pokaże nowy kod, i wpisać go.',
  'error.WM_SECOND_FACTOR_WRONG_RECOVERY_CODE':
    'Ten kod odzyskiwania jest nieprawidłowy albo został już użyty. Proszę go sprawdzić i spróbować jeszcze raz.',
  'error.WM_SECOND_FACTOR_TOO_MANY_ATTEMPTS':
    'Za dużo prób wpisania kodu. Proszę spróbować ponownie za {wait}.',
  'error.WM_SECOND_FACTOR_ALREADY_ON':
    'Logowanie dwuetapowe jest już włączone. Aby ustawić je od nowa, najpierw je wyłącz.',
  'error.WM_SECOND_FACTOR_NOT_STARTED': 'Najpierw zacznij ustawiać logowanie dwuetapowe.',
  'error.WM_SECOND_FACTOR_SIGN_IN_EXPIRED':
    'Logowanie trwało zbyt długo. Proszę ponownie wpisać adres e-mail i hasło.',
  'error.WM_PASSKEY_NOT_ACCEPTED': 'Ten klucz dostępu nie został przyjęty. Spróbuj ponownie.',
  'error.WM_PASSKEY_ALREADY_ADDED': 'Ten klucz dostępu jest już dodany.',
  'error.WM_PASSKEY_LIMIT':
    'Masz {max} kluczy dostępu, czyli najwięcej, ile można. Usuń jeden, zanim dodasz kolejny.',
  'error.WM_PASSKEY_LAST_FACTOR':
    'Ten klucz dostępu to Twój jedyny drugi krok. Pracujesz dla usługi, więc potrzebujesz go, aby widzieć osoby, z którymi pracujesz. Najpierw dodaj inny klucz dostępu albo włącz aplikację.',
  'error.WM_PASSKEY_NONE': 'Nie masz klucza dostępu. Wpisz kod z aplikacji.',
} satisfies Words;
