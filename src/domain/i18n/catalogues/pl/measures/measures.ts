import type { Words } from '../../../translate.ts';

export default {
  'measures.needsWording': 'Ten kwestionariusz potrzebuje treści pytań od placówki',
  'measures.support':
    'Niektóre odpowiedzi mówią, że teraz jest ciężko. Plan bezpieczeństwa i plan kryzysowy są tutaj, kiedy tylko będą potrzebne.',
  'measures.import.needsUrlAndVersion':
    'kwestionariusz: potrzebne są oba pola, „url” i „version”, żeby odpowiedzi i pliki z treścią pytań mogły wskazać ten kwestionariusz',
  'measures.import.taken':
    'kwestionariusz: kwestionariusz „{url}” w wersji {version} jest już zapisany z inną treścią. Proszę nadać nowemu inny numer wersji.',
} satisfies Words;
