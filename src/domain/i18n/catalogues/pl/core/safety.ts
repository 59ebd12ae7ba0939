import type { Words } from '../../../translate.ts';

export default {
  'safety.title': 'Jak bezpiecznie korzystać z Waymark',
  'safety.quickExit':
    'Jeśli ktoś może zobaczyć ekran, można użyć przycisku „Szybkie wyjście” u góry każdej strony albo 3 razy nacisnąć klawisz Shift. Waymark od razu zamieni się w zwykłą stronę internetową. Logowanie zostaje, więc można szybko wrócić.',
  'safety.back':
    'Przycisk Wstecz prowadzi wtedy do strony otwartej przed Waymark. Strony Waymark mogą jednak zostać w historii tej przeglądarki.',
  'safety.private':
    'Na urządzeniu, z którego korzysta ktoś inny, lepiej otwierać Waymark w oknie prywatnym (incognito). Po jego zamknięciu przeglądarka zapomina odwiedzone strony.',
  'safety.history':
    'W innym wypadku warto się wylogować po skończeniu. Potem warto wyczyścić historię tej przeglądarki dla Waymark. Jak to zrobić, można znaleźć w pomocy przeglądarki, wpisując „wyczyść historię przeglądania”.',
} satisfies Words;
