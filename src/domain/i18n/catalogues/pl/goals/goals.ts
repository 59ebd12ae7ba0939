import type { Words } from '../../../translate.ts';

export default {
  'goals.title': 'Moje cele',
  'goals.intro': 'Cele opisane własnymi słowami, pogrupowane według części życia.',
  'goals.add': 'Dodaj cel',
  'goals.none': 'Nie ma jeszcze żadnych celów. Do czego chcę dążyć?',
  'goals.noArea': 'Bez obszaru życia',
  'goals.manageAreas': 'Zmień moje obszary życia',
  'goals.deletedTitle': 'Niedawno usunięte cele',
  'goals.deletedIntro': 'Te cele można przywrócić.',
  'goals.undelete': 'Przywróć „{title}”',
  'goals.deleted': 'Usunięto cel „{title}”.',
  'goals.undo': 'Cofnij',
  'goals.restored': 'Cel „{title}” jest z powrotem.',
  'goals.stepsDone':
    'Zrobione: {done} z {total, plural, one {# kroku} few {# kroków} many {# kroków} other {# kroku}}',
} satisfies Words;
