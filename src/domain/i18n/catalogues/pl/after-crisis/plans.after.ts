import type { Words } from '../../../translate.ts';

export default {
  'plans.after.intro':
    'Po kryzysie warto zapisać, czego teraz potrzeba i co następnym razem powinno być inaczej. Bez pośpiechu.',
  'plans.after.empty': 'Nic jeszcze nie napisano. Można tu wrócić w dowolnej chwili.',
  'plans.after.save': 'Zapisz',
  'plans.after.backOnTrack': 'Czego potrzebuję, żeby wrócić do siebie',
  'plans.after.backOnTrack.hint':
    'Na przykład: „Stopniowy powrót do pracy”, „Ktoś, kto pomoże nadrobić pocztę i rachunki”.',
  'plans.after.learned': 'Czego uczy mnie to na przyszłość',
  'plans.after.learned.hint':
    'Na przykład: „Dwa tygodnie wcześniej zaczęły się kłopoty ze snem. Następnym razem szybciej zadzwonię do lekarza”.',
} satisfies Words;
