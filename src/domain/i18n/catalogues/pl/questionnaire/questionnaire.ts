import type { Words } from '../../../translate.ts';

// Machine translations awaiting a native speaker's review.

export default {
  // One problem and where it is: item "q3": "linkId" is missing.
  'questionnaire.problemAt': '{where}: {problem}',

  // Where a problem is: the start of every problem.
  'questionnaire.where.questionnaire': 'kwestionariusz',
  'questionnaire.where.answers': 'odpowiedzi',
  'questionnaire.where.item': 'pozycja „{item}”',
  'questionnaire.where.itemAt': '{parent}, pozycja nr {position}',
  'questionnaire.where.top': 'najwyższy poziom',
  'questionnaire.where.option': 'pozycja „{item}”, opcja odpowiedzi nr {position}',
  'questionnaire.where.condition': 'pozycja „{item}”, warunek nr {position}',
  'questionnaire.where.scoring': 'punktacja',
  'questionnaire.where.scale': 'punktacja, skala „{scale}”',
  'questionnaire.where.risk': 'punktacja, reguła ryzyka „{rule}”',
  'questionnaire.where.wording': 'plik z treścią pytań',

  // What is wrong with the shape of a file or of answers.
  'questionnaire.problem.notObject': 'to musi być obiekt JSON',
  'questionnaire.problem.resourceType':
    'resourceType musi mieć wartość „{expected}” (jest: {actual})',
  'questionnaire.problem.missing': 'brakuje pola „{field}”',
  'questionnaire.problem.wrongType':
    'pole „{field}” ma nieprawidłowy typ (oczekiwano: {expected}; jest: {actual})',
  'questionnaire.problem.notOneOf':
    'pole „{field}” musi mieć jedną z wartości: {allowed} (jest: {actual})',
  'questionnaire.problem.empty': 'pole „{field}” nie może być puste',
  'questionnaire.problem.tooSmall': 'pole „{field}” musi mieć wartość co najmniej {minimum}',
  'questionnaire.problem.tooBig': 'pole „{field}” może mieć wartość najwyżej {maximum}',
  'questionnaire.problem.format': 'pole „{field}” ma nieprawidłowy format',
  'questionnaire.problem.unknownField': 'pole „{field}” jest tu niedozwolone',
  'questionnaire.problem.invalid': 'pole „{field}” ma nieprawidłową wartość',

  // What is wrong with a questionnaire file: its items, conditions and scoring rules. Said to
  // the service that imports the file, on the command line.
  'questionnaire.file.typeNotSupported':
    'typ „{type}” nie jest obsługiwany (obsługiwane typy: {supported})',
  'questionnaire.file.duplicateLinkId': 'linkId „{linkId}” jest użyty w więcej niż jednej pozycji',
  'questionnaire.file.groupNeedsItems': 'grupa musi zawierać co najmniej jedną pozycję',
  'questionnaire.file.onlyGroupsNest':
    'tylko grupy mogą zawierać pozycje, a w tej pozycji typu {type} są inne pozycje',
  'questionnaire.file.displayRequired': 'pozycja typu display nie może być obowiązkowa',
  'questionnaire.file.choiceNeedsOptions':
    'pozycja typu choice musi mieć co najmniej jedną opcję w answerOption',
  'questionnaire.file.optionsOnlyForChoice':
    'answerOption jest dozwolone tylko w pozycjach typu choice, a nie w pozycji typu {type}',
  'questionnaire.file.answerValueSet':
    'answerValueSet nie jest obsługiwane: proszę wypisać opcje w answerOption',
  'questionnaire.file.repeats': 'powtarzalne pozycje ("repeats": true) nie są obsługiwane',
  'questionnaire.file.optionNeedsCoding':
    'opcja musi mieć valueCoding z kodem (inne rodzaje opcji nie są obsługiwane)',
  'questionnaire.file.duplicateOptionCode': 'kod „{code}” jest użyty w więcej niż jednej opcji',
  'questionnaire.file.scoreNotNumber': 'rozszerzenie ordinalValue wymaga liczby w valueDecimal',
  'questionnaire.file.itemWeight':
    'używa rozszerzenia itemWeight; Waymark odczytuje punktację opcji z rozszerzenia ordinalValue ({url})',
  'questionnaire.file.rangeNotNumber': 'w rozszerzeniu {which} musi być {expected}',
  'questionnaire.file.rangeOnlyNumbers':
    'rozszerzenie {which} dotyczy tylko pozycji typu integer i decimal',
  'questionnaire.file.rangeOrder': 'minValue ({min}) jest większe niż maxValue ({max})',
  'questionnaire.file.conditionUnknown': 'odwołuje się do pozycji „{question}”, której nie ma',
  'questionnaire.file.conditionSelf': 'odwołuje się do własnej pozycji',
  'questionnaire.file.conditionNotQuestion':
    'odwołuje się do pozycji „{question}”, która jest typu {type} i nie ma odpowiedzi',
  'questionnaire.file.conditionValueCount':
    'wymaga dokładnie jednej wartości odpowiedzi (answerBoolean, answerInteger, answerDecimal, answerString lub answerCoding)',
  'questionnaire.file.conditionOperator':
    'operatora „{operator}” nie można użyć z pozycją „{question}” (pozycja typu {type})',
  'questionnaire.file.conditionValueType':
    'operator „{operator}” dla pozycji „{question}” wymaga wartości {expected}',
  'questionnaire.file.conditionCode': 'kod „{code}” nie jest opcją pozycji „{question}”',
  'questionnaire.file.enableBehavior':
    'ma więcej niż jeden warunek, więc enableBehavior („all” lub „any”) jest wymagane',
  'questionnaire.file.conditionLoop': 'warunki tworzą pętlę: {loop}',
  'questionnaire.file.scoringNotJson':
    'rozszerzenie z punktacją musi zawierać tekst JSON w valueString ({detail})',
  'questionnaire.file.scoringTwice': 'jest więcej niż jedno rozszerzenie z punktacją',
  'questionnaire.file.scaleDuplicate': 'identyfikator skali „{scale}” występuje więcej niż raz',
  'questionnaire.file.scaleUnknownItem': 'odwołuje się do pozycji „{item}”, której nie ma',
  'questionnaire.file.scaleDuplicateItem': 'wymienia pozycję „{item}” więcej niż raz',
  'questionnaire.file.notScorable': 'pozycja „{item}” jest typu {type}, więc nie ma punktacji',
  'questionnaire.file.optionNoScore':
    'pozycja „{item}”, opcja „{code}” nie ma punktacji (ordinalValue)',
  'questionnaire.file.reverseNotInScale':
    'odwraca punktację pozycji „{item}”, która nie należy do tej skali',
  'questionnaire.file.reverseRange':
    'zakres odwracania wymaga, żeby min było mniejsze niż max (min {min}, max {max})',
  'questionnaire.file.scoreOutsideReverse':
    'pozycja „{item}” może mieć {score} pkt, czyli poza zakresem odwracania {min}–{max}',
  'questionnaire.file.bandRange':
    'przedział „{band}” wymaga, żeby min było mniejsze niż max lub równe (min {min}, max {max})',
  'questionnaire.file.bandsOverlap': 'przedziały „{first}” i „{second}” nachodzą na siebie',
  'questionnaire.file.pendingButGiven':
    'pole „{part}” jest oznaczone jako wczytywane razem z treścią pytań, więc nie może go być w pliku kwestionariusza',
  'questionnaire.file.riskNeedsValue':
    'operator „{operator}” wymaga pola „value” z wartością do porównania',
  'questionnaire.file.riskNoValue': 'operator „unanswered” nie przyjmuje pola „value”',

  // What is wrong with answers (a QuestionnaireResponse).
  'questionnaire.answers.wrongQuestionnaire':
    'te odpowiedzi dotyczą kwestionariusza „{actual}”, a nie „{expected}”',
  'questionnaire.answers.unknownItem': 'ten kwestionariusz nie ma pozycji o takim linkId',
  'questionnaire.answers.misplaced':
    'w tych odpowiedziach jest w innym miejscu niż w kwestionariuszu (w odpowiedziach należy do: {actual}; w kwestionariuszu do: {expected})',
  'questionnaire.answers.duplicate': 'występuje w tych odpowiedziach więcej niż raz',
  'questionnaire.answers.noAnswers': 'pozycja typu {type} nie może mieć odpowiedzi',
  'questionnaire.answers.oneAnswer': 'dozwolona jest tylko jedna odpowiedź',
  'questionnaire.answers.valueCount': 'każda odpowiedź musi mieć dokładnie jedną wartość',
  'questionnaire.answers.wrongValue': 'odpowiedzią musi być {expected}, bo to pozycja typu {type}',
  'questionnaire.answers.unknownCode': 'kod „{code}” nie jest jedną z opcji ({codes})',
  'questionnaire.answers.wrongSystem': 'kod „{code}” powinien pochodzić z systemu {expected}',
  'questionnaire.answers.belowMin':
    '{value} jest poniżej najniższej dozwolonej odpowiedzi, czyli {min}',
  'questionnaire.answers.aboveMax':
    '{value} jest powyżej najwyższej dozwolonej odpowiedzi, czyli {max}',
  'questionnaire.answers.tooLong':
    'odpowiedź jest dłuższa niż {max, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}',
  'questionnaire.answers.required': 'odpowiedź jest obowiązkowa, ale jej brakuje',
  'questionnaire.answers.hidden': 'jest ukryta przez swój warunek, więc nie może mieć odpowiedzi',
  'questionnaire.answers.needsWording':
    'ten kwestionariusz potrzebuje treści pytań od placówki, zanim będzie można na niego odpowiedzieć',

  // Kinds of value, named inside the problems above.
  'questionnaire.value.boolean': 'wartość true lub false',
  'questionnaire.value.integer': 'liczba całkowita (valueInteger)',
  'questionnaire.value.decimal': 'liczba (valueDecimal)',
  'questionnaire.value.string': 'tekst (valueString)',
  'questionnaire.value.coding': 'jedna z opcji (valueCoding)',
  'questionnaire.value.answerBoolean': 'answerBoolean',
  'questionnaire.value.answerInteger': 'answerInteger',
  'questionnaire.value.answerNumber': 'answerInteger lub answerDecimal',
  'questionnaire.value.answerString': 'answerString',
  'questionnaire.value.answerCoding': 'answerCoding',
  'questionnaire.value.text': 'tekst',
  'questionnaire.value.number': 'liczba',
  'questionnaire.value.wholeNumber': 'liczba całkowita',
  'questionnaire.value.list': 'lista',
  'questionnaire.value.object': 'obiekt',
  'questionnaire.value.nothing': 'brak wartości',

  // How a score was worked out, step by step, shown with the score.
  'questionnaire.explain.needsWording':
    'Ten kwestionariusz potrzebuje danych od placówki ({parts}), więc nie można jeszcze obliczyć wyniku.',
  'questionnaire.explain.partWording': 'treść pytań',
  'questionnaire.explain.partReverse': 'lista pytań z odwróconą punktacją',
  'questionnaire.explain.partConversion': 'tabela przeliczeniowa',
  'questionnaire.explain.method.sum': 'Ten wynik to suma punktów z pytań {items}.',
  'questionnaire.explain.method.mean': 'Ten wynik to średnia punktów z pytań {items}.',
  'questionnaire.explain.choice': 'Pytanie „{item}”: odpowiedź „{answer}” daje {score} pkt.',
  'questionnaire.explain.number': 'Pytanie „{item}”: odpowiedź {score}.',
  'questionnaire.explain.reversed':
    'Pytanie „{item}” ma odwróconą punktację: {min} + {max} − {score} = {reversed}.',
  'questionnaire.explain.missing': 'Na pytanie „{item}” nie ma odpowiedzi.',
  'questionnaire.explain.hidden':
    'Pytanie „{item}” nie zostało zadane (ukrył je warunek), więc liczy się jako brak odpowiedzi.',
  'questionnaire.explain.invalid':
    'Pytanie „{item}”: odpowiedź nie jest jedną z opcji, więc liczy się jako brak odpowiedzi.',
  'questionnaire.explain.sum':
    'Suma punktów z udzielonych odpowiedzi ({count} z {total}): {terms} = {sum}.',
  'questionnaire.explain.mean':
    'Średnia punktów z udzielonych odpowiedzi ({count} z {total}): {sum} ÷ {count} = {mean}.',
  'questionnaire.explain.prorated':
    'Brakujące odpowiedzi: {missing} z {total}. Może brakować najwyżej {allowed}, więc suma jest przeliczona proporcjonalnie: {sum} × {total} ÷ {answered} = {value}.',
  'questionnaire.explain.meanMissing':
    'Brakujące odpowiedzi: {missing} z {total}. Może brakować najwyżej {allowed}, więc średnia jest liczona tylko z udzielonych odpowiedzi.',
  'questionnaire.explain.tooManyMissing':
    'Brakujące odpowiedzi: {missing} z {total}. Może brakować najwyżej {allowed}, więc nie ma wyniku.',
  'questionnaire.explain.noneAllowed':
    'Brakujące odpowiedzi: {missing} z {total}. Ten wynik wymaga odpowiedzi na wszystkie pytania, więc nie ma wyniku.',
  'questionnaire.explain.rounded':
    'Zaokrąglenie do {decimals, plural, one {# miejsca po przecinku} few {# miejsc po przecinku} many {# miejsc po przecinku} other {# miejsca po przecinku}}: {value}.',
  'questionnaire.explain.roundedWhole': 'Zaokrąglenie do liczby całkowitej: {value}.',
  'questionnaire.explain.roundedHalf':
    'Zaokrąglenie do {decimals, plural, one {# miejsca po przecinku} few {# miejsc po przecinku} many {# miejsc po przecinku} other {# miejsca po przecinku}}: {raw} jest dokładnie pośrodku, a połówki zaokrągla się w górę, więc {value}.',
  'questionnaire.explain.roundedWholeHalf':
    'Zaokrąglenie do liczby całkowitej: {raw} jest dokładnie pośrodku, a połówki zaokrągla się w górę, więc {value}.',
  'questionnaire.explain.proratedResult':
    'Ten wynik jest przeliczony: obliczono go na podstawie {answered} z {total} odpowiedzi, a nie wszystkich.',
  'questionnaire.explain.riskNotImputed':
    'Brakujące odpowiedzi: {missing} z {total}, w tym {items}. {watched, plural, one {To pytanie dotyczy bezpieczeństwa, więc odpowiedzi na nie} few {Te pytania dotyczą bezpieczeństwa, więc odpowiedzi na nie} many {Te pytania dotyczą bezpieczeństwa, więc odpowiedzi na nie} other {Te pytania dotyczą bezpieczeństwa, więc odpowiedzi na nie}} nigdy się nie odgaduje na podstawie pozostałych i nie ma wyniku.',
  'questionnaire.explain.riskUnanswered': 'Pytanie „{item}” zostało bez odpowiedzi: {label}',
  'questionnaire.explain.converted':
    'Tabela przeliczeniowa zamienia surowy wynik {raw} na {value}.',
  'questionnaire.explain.notInTable':
    'Surowego wyniku {raw} nie ma w tabeli przeliczeniowej, więc nie ma wyniku.',
  'questionnaire.explain.band': 'Wynik {value} mieści się w przedziale „{band}” ({min}–{max}).',
  'questionnaire.explain.noBand': 'Wynik {value} nie mieści się w żadnym przedziale.',
  'questionnaire.explain.result': 'Wynik: {value}.',
  'questionnaire.explain.risk': 'Pytanie „{item}” ma {score} pkt ({operator} {value}): {label}',

  // What is wrong with a service’s wording file for a measure (on the command line).
  'questionnaire.wording.measure':
    'ta treść pytań jest dla kwestionariusza „{actual}”, a nie „{expected}”',
  'questionnaire.wording.version':
    'ta treść pytań jest dla wersji {actual}, a kwestionariusz ma wersję {expected}',
  'questionnaire.wording.unknownItem': 'pozycji „{item}” nie ma w kwestionariuszu',
  'questionnaire.wording.missingItem': 'pozycja „{item}” nie ma treści w pliku',
  'questionnaire.wording.notChoice':
    'pozycja „{item}” nie jest typu choice, więc nie ma opcji odpowiedzi',
  'questionnaire.wording.unknownOption': 'pozycja „{item}” nie ma opcji z kodem „{code}”',
  'questionnaire.wording.missingOption': 'pozycja „{item}”, opcja „{code}” nie ma treści w pliku',
  'questionnaire.wording.unknownScale': 'skali „{scale}” nie ma w kwestionariuszu',
  'questionnaire.wording.notPending':
    'skala „{scale}” nie wczytuje z pliku z treścią pytań tego elementu: {part}',
  'questionnaire.wording.missingPart':
    'w pliku z treścią pytań musi być {part} dla skali „{scale}”',
  'questionnaire.wording.part.reverse': 'lista pytań z odwróconą punktacją',
  'questionnaire.wording.part.conversion': 'tabela przeliczeniowa',

  // Importing a file (on the command line).
  'questionnaire.import.unknownKind':
    'to nie jest ani kwestionariusz FHIR (resourceType „Questionnaire”), ani plik z treścią pytań (z polami „measure”, „version” i „items”)',
  'questionnaire.import.noMeasure':
    'nie ma kwestionariusza „{measure}” w wersji {version}, do którego można wczytać tę treść pytań',
} satisfies Words;
