import type { Words } from '../../../translate.ts';

export default {
  'plans.sw.intro':
    'Co pomaga mi dobrze się czuć, moimi słowami. Najlepiej sprawdzają się małe, konkretne rzeczy. Najważniejsze warto wpisać na początku.',
  'plans.sw.empty':
    'Ten plan nie jest jeszcze zaczęty. Można zacząć od jednej rzeczy, która pomaga, nawet bardzo małej.',
  'plans.sw.save': 'Zapisz plan dobrego samopoczucia',
  'plans.sw.daily': 'Co robię codziennie, żeby dobrze się czuć',
  'plans.sw.daily.hint':
    'Na przykład: „Przed 10 idę do sklepu i z powrotem”, „Piszę SMS-a do siostry”.',
  'plans.sw.daily.item': 'Codziennie, nr {number}',
  'plans.sw.daily.add': 'Dodaj coś, co robię codziennie',
  'plans.sw.weekly': 'Co robię co tydzień',
  'plans.sw.weekly.hint':
    'Na przykład: „Piłka nożna w sobotę”, „Telefon do taty w niedzielę wieczorem”.',
  'plans.sw.weekly.item': 'Co tydzień, nr {number}',
  'plans.sw.weekly.add': 'Dodaj coś, co robię co tydzień',
  'plans.sw.triggers': 'Co może wytrącić mnie z równowagi i co wtedy pomaga',
  'plans.sw.triggers.hint':
    'Na przykład: „Listy w sprawie pieniędzy”, a co pomaga: „Otwieram je razem z moją opiekunką z poradni”.',
  'plans.sw.triggers.item': 'Wyzwalacz nr {number}',
  'plans.sw.triggers.add': 'Dodaj wyzwalacz',
  'plans.sw.triggers.trigger': 'Co może wytrącić mnie z równowagi',
  'plans.sw.triggers.whatHelps': 'Co pomaga',
  'plans.sw.earlyWarningSigns': 'Wczesne sygnały ostrzegawcze i co wtedy robić',
  'plans.sw.earlyWarningSigns.hint':
    'Na przykład: „Przestaję odbierać telefon”, a co robić: „Mama wpada na herbatę”.',
  'plans.sw.earlyWarningSigns.item': 'Wczesny sygnał ostrzegawczy nr {number}',
  'plans.sw.earlyWarningSigns.add': 'Dodaj wczesny sygnał ostrzegawczy',
  'plans.sw.earlyWarningSigns.sign': 'Sygnał, że zaczynam się źle czuć',
  'plans.sw.earlyWarningSigns.whatToDo': 'Co mam zrobić ja albo inni',
  'plans.sw.gettingWorse': 'Kiedy jest coraz gorzej i co wtedy pomaga',
  'plans.sw.gettingWorse.hint':
    'Na przykład: „Prawie całą noc nie śpię”, a co pomaga: „Rano dzwonię do mojego koordynatora opieki”.',
  'plans.sw.gettingWorse.item': 'Kiedy jest coraz gorzej, nr {number}',
  'plans.sw.gettingWorse.add': 'Dodaj sygnał, że jest coraz gorzej',
  'plans.sw.gettingWorse.sign': 'Sygnał, że jest coraz gorzej',
  'plans.sw.gettingWorse.whatHelps': 'Co wtedy pomaga',
} satisfies Words;
