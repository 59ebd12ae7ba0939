import type { Words } from '../../../translate.ts';

export default {
  'measureAbout.phq-9':
    'Jak się czuję w ostatnich 2 tygodniach: nastrój, sen, energia i to, ile radości sprawiają mi różne rzeczy.',
  'measureAbout.gad-7':
    'Jak bardzo martwię się, denerwuję albo czuję napięcie w ostatnich 2 tygodniach i jak to na mnie wpływa.',
  'measureAbout.qpr-15':
    'Jak teraz czuję swoje zdrowienie: nadzieja, poczucie wpływu na własne życie i moje miejsce wśród innych ludzi.',
  'measureAbout.wellbeing': 'Jak się czuję i co myślę w ostatnich 2 tygodniach.',
  'measureAbout.reqol': 'Co myślę, jak się czuję i jak radzę sobie z życiem w ostatnim tygodniu.',
  'measureAbout.questions':
    '{count, plural, one {# pytanie} few {# pytania} many {# pytań} other {# pytania}}. Około {minutes, plural, one {# minuty} few {# minut} many {# minut} other {# minuty}}.',
  'measureAbout.statements':
    '{count, plural, one {# stwierdzenie} few {# stwierdzenia} many {# stwierdzeń} other {# stwierdzenia}}. Około {minutes, plural, one {# minuty} few {# minut} many {# minut} other {# minuty}}.',
  'measureAbout.imported': 'Kwestionariusz dodany przez placówkę.',
} satisfies Words;
