import type { Words } from '../../../translate.ts';

export default {
  'measuresWeb.rateGoals': 'Oceń moje cele w skali od 0 do 10',
  'measuresWeb.title': 'Kwestionariusze',
  'measuresWeb.intro':
    'Kwestionariusze pomagają zobaczyć, jak coś się zmienia. Można samemu wybrać, które wypełnić i kiedy.',
  'measuresWeb.empty': 'Nie ma jeszcze żadnych kwestionariuszy.',
  'measuresWeb.whoTitle': 'Kto widzi odpowiedzi',
  'measuresWeb.who':
    'Nikt inny nie widzi odpowiedzi, chyba że kwestionariusze zostaną komuś udostępnione. Odpowiedzi oznaczone „tylko dla mnie” nawet wtedy nie są nikomu pokazywane.',
  'measuresWeb.seeCharts': 'Zobacz, jak mi idzie',
  'measuresWeb.answerTitle': 'Kwestionariusz',
  'measuresWeb.back': 'Wróć do kwestionariuszy',
  'measuresWeb.step': 'Część {current} z {total}',
  'measuresWeb.yes': 'Tak',
  'measuresWeb.no': 'Nie',
  'measuresWeb.required': 'Proszę odpowiedzieć na to pytanie',
  'measuresWeb.wholeNumber': 'Proszę wpisać liczbę całkowitą, na przykład 3',
  'measuresWeb.number': 'Proszę wpisać liczbę, na przykład 2,5',
  'measuresWeb.checkAnswer': 'Proszę sprawdzić odpowiedź na to pytanie',
  'measuresWeb.note': 'Coś jeszcze do dodania (nieobowiązkowe)',
  'measuresWeb.noteHint': 'Skąd takie odpowiedzi, własnymi słowami.',
  'measuresWeb.continue': 'Dalej',
  'measuresWeb.previous': 'Wstecz',
  'measuresWeb.send': 'Zapisz moje odpowiedzi',
  'measuresWeb.saved': 'Odpowiedzi są zapisane.',
  'measuresWeb.resultTitle': 'Wynik',
  'measuresWeb.score': 'Wynik',
  'measuresWeb.noScore': 'Tym razem nie ma wyniku.',
  'measuresWeb.value': 'Wynik: {value}.',
  'measuresWeb.valueWithBand': 'Wynik: {value} ({band}).',
  'measuresWeb.prorated':
    'Niektóre pytania zostały pominięte, więc wynik jest przeliczony: na podstawie {answered} z {items} odpowiedzi. Obliczenia są w części „Jak to zostało obliczone”.',
  'measuresWeb.howWorkedOut': 'Jak to zostało obliczone',
  'measuresWeb.keptForMe':
    'Te odpowiedzi są tylko dla mnie. Nigdy nie trafiają do żadnego raportu.',
  'measuresWeb.supportTitle': 'Moje plany są tutaj',
  'measuresWeb.safetyPlan': 'Otwórz mój plan bezpieczeństwa',
  'measuresWeb.crisisPlan': 'Otwórz mój plan kryzysowy',
} satisfies Words;
