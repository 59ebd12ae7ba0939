import type { Words } from '../../../translate.ts';

export default {
  'error.WM_IMPORT_INVALID':
    'Nie udało się przenieść tej dokumentacji. {problem} Nic nie zapisano.',
  'error.WM_IMPORT_RECORD_NOT_EMPTY':
    'Twoja dokumentacja tutaj już coś zawiera, więc nie możemy przenieść do niej innej. Dokumentację można przenieść tylko do pustej, zaraz po rejestracji.',
} satisfies Words;
