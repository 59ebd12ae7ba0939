import type { Words } from '../../../translate.ts';

export default {
  'areas.title': 'Moje obszary życia',
  'areas.intro':
    'To części życia, do których należą cele. Można zmieniać ich nazwy, dodawać własne albo usuwać te, które nie pasują.',
  'areas.name': 'Nazwa obszaru życia',
  'areas.rename': 'Zmień nazwę',
  'areas.remove': 'Usuń „{name}”',
  'areas.removed': 'Usunięto obszar życia „{name}”.',
  'areas.add': 'Dodaj obszar życia',
  'areas.newName': 'Nowy obszar życia',
  'areas.newName.hint': 'Na przykład: wiara, rodzina, społeczność, pieniądze.',
  'areas.listTitle': 'Obszary życia',
  'areas.nameFor': 'Nowa nazwa dla „{name}”',
  'areas.removeShort': 'Usuń',
  'areas.added': 'Dodano obszar życia „{name}”.',
  'areas.renamed': 'Nowa nazwa: „{name}”.',
  'areas.restored': 'Obszar życia „{name}” jest z powrotem.',
  'areas.none': 'Nie ma teraz żadnych obszarów życia. Warto dodać te części życia, które są ważne.',
  'areas.backToGoals': 'Wróć do moich celów',
} satisfies Words;
