import type { Words } from '../../../translate.ts';

export default {
  'framing.everyday.title': 'Codzienne życie',
  'framing.everyday.description':
    'Najważniejsze części codziennego życia: dom, pieniądze, praca, ludzie wokół, zdrowie i to, co sprawia radość. Dobry początek, jeśli nie ma pewności, od czego zacząć.',
  'framing.recovery.title': 'Moje zdrowienie',
  'framing.recovery.description':
    'Sześć rzeczy, które często są ważne w zdrowieniu. Jak człowiek czuje się z tym, kim jest. Radzenie sobie z tym, co trudne. Zrozumienie tego, co się wydarzyło. Dobre relacje z ludźmi. Robienie tego, co ważne, i pomoc wtedy, gdy jest potrzebna.',
  'framing.recovery.area.self': 'Kim jestem i jak siebie widzę',
  'framing.recovery.area.coping': 'Życie z tym, co trudne',
  'framing.recovery.area.meaning': 'Zrozumienie tego, co mi się przydarzyło',
  'framing.recovery.area.people': 'Relacje z ludźmi w moim życiu',
  'framing.recovery.area.roles': 'To, co robię i co jest dla mnie ważne',
  'framing.recovery.area.support': 'Pomoc i wsparcie, kiedy ich potrzebuję',
  'framing.connection.title': 'Bliskość, nadzieja i sens',
  'framing.connection.description':
    'Pięć rzeczy, które według wielu osób pomagają w zdrowieniu: bliskość z innymi, nadzieja na przyszłość, poczucie, kim się jest, sens w życiu i decydowanie o własnym życiu.',
  'framing.connection.area.connected': 'Bliskość z ludźmi',
  'framing.connection.area.hope': 'Nadzieja i patrzenie w przyszłość',
  'framing.connection.area.identity': 'Kim jestem',
  'framing.connection.area.meaning': 'Co nadaje sens mojemu życiu',
  'framing.connection.area.control': 'Decydowanie o moim życiu',
  'framing.community.title': 'Rodzina, społeczność, wiara i kultura',
  'framing.community.description':
    'Zaczyna od ludzi i sposobu życia wokół: rodziny, społeczności, wiary i kultury. Potem codzienne potrzeby.',
  'framing.community.area.community': 'Moja społeczność',
  'framing.community.area.faith': 'Wiara, duchowość lub przekonania',
  'framing.community.area.culture': 'Kultura, pochodzenie i język',
  'framing.community.area.caring': 'Opieka nad innymi',
  'framing.community.area.health': 'Zdrowie ciała i umysłu',
  'framing.community.area.work': 'Praca, pieniądze i nauka',

  'framing.chooser.title': 'Pomysły na obszary życia',
  'framing.chooser.intro':
    'Można zacząć od innego sposobu patrzenia na swoje życie. Wystarczy wybrać jeden, żeby zobaczyć jego obszary, a potem zaznaczyć te, które są potrzebne.',
  'framing.chooser.which': 'Jaki sposób patrzenia na życie wybrać?',
  'framing.chooser.areas': 'Obszary w „{title}”',
  'framing.chooser.areas.hint':
    'Można odznaczyć te, które nie są potrzebne. Później można zmienić ich nazwy albo je usunąć.',
  'framing.chooser.alreadyThere': '{name} (już jest na liście)',
  'framing.chooser.allThere': 'Wszystkie te obszary są już na liście.',
  'framing.chooser.how': 'Co zrobić z obecnymi obszarami',
  'framing.chooser.how.add': 'Zostaw je i dodaj te',
  'framing.chooser.how.instead': 'Użyj tych zamiast nich',
  'framing.chooser.how.instead.hint':
    'Obszary dodane na początku zostaną usunięte. W każdej chwili można je dodać z powrotem z „Codziennego życia”.',
  'framing.chooser.add': 'Dodaj te obszary życia',
  'framing.chooser.noneChosen': 'Proszę wybrać co najmniej jeden obszar do dodania',
  'framing.chooser.added':
    '{count, plural, one {Dodano # obszar życia} few {Dodano # obszary życia} many {Dodano # obszarów życia} other {Dodano # obszaru życia}}: {names}.',
  'framing.chooser.nothingAdded': 'Nic nie zostało dodane: te obszary są już na liście.',

  'framing.error.unknown': 'Proszę wybrać jeden ze sposobów patrzenia na życie',
  'framing.error.unknownArea': 'Tego obszaru nie ma w tym sposobie patrzenia na życie',
  'framing.error.repeated': 'Każdy obszar można wybrać tylko raz',
} satisfies Words;
