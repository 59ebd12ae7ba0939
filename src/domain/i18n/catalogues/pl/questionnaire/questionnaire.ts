import type { Words } from '../../../translate.ts';

// Still the English words, moved here from the questionnaire engine's own catalogue: none is
// translated yet, so none is listed in review.ts. Plurals give every form this language needs.

export default {
  // One problem and where it is: item "q3": "linkId" is missing.
  'questionnaire.problemAt': '{where}: {problem}',

  // Where a problem is: the start of every problem.
  'questionnaire.where.questionnaire': 'the questionnaire',
  'questionnaire.where.answers': 'the answers',
  'questionnaire.where.item': 'item "{item}"',
  'questionnaire.where.itemAt': 'item {position} of {parent}',
  'questionnaire.where.top': 'the top level',
  'questionnaire.where.option': 'item "{item}", answer option {position}',
  'questionnaire.where.condition': 'item "{item}", condition {position}',
  'questionnaire.where.scoring': 'scoring',
  'questionnaire.where.scale': 'scoring, scale "{scale}"',
  'questionnaire.where.risk': 'scoring, risk rule "{rule}"',
  'questionnaire.where.wording': 'wording file',

  // What is wrong with the shape of a file or of answers.
  'questionnaire.problem.notObject': 'this must be a JSON object',
  'questionnaire.problem.resourceType': 'resourceType must be "{expected}", not {actual}',
  'questionnaire.problem.missing': '"{field}" is missing',
  'questionnaire.problem.wrongType': '"{field}" should be {expected}, not {actual}',
  'questionnaire.problem.notOneOf': '"{field}" must be one of {allowed}, not {actual}',
  'questionnaire.problem.empty': '"{field}" must not be empty',
  'questionnaire.problem.tooSmall': '"{field}" must be at least {minimum}',
  'questionnaire.problem.tooBig': '"{field}" must be at most {maximum}',
  'questionnaire.problem.format': '"{field}" is not in the right format',
  'questionnaire.problem.unknownField': 'field "{field}" is not allowed here',
  'questionnaire.problem.invalid': '"{field}" is not valid',

  // What is wrong with a questionnaire file: its items, conditions and scoring rules. Said to
  // the service that imports the file, on the command line.
  'questionnaire.file.typeNotSupported':
    'type "{type}" is not supported (supported types: {supported})',
  'questionnaire.file.duplicateLinkId': 'linkId "{linkId}" is used by more than one item',
  'questionnaire.file.groupNeedsItems': 'a group needs at least one item inside it',
  'questionnaire.file.onlyGroupsNest':
    'only groups can contain items, but this {type} item has items inside it',
  'questionnaire.file.displayRequired': 'a display item cannot be required',
  'questionnaire.file.choiceNeedsOptions': 'a choice item needs at least one answerOption',
  'questionnaire.file.optionsOnlyForChoice':
    'answerOption is only allowed on choice items, not on a {type} item',
  'questionnaire.file.answerValueSet':
    'answerValueSet is not supported: list the options in answerOption',
  'questionnaire.file.repeats': 'repeating items ("repeats": true) are not supported',
  'questionnaire.file.optionNeedsCoding':
    'the option needs a valueCoding with a code (other option types are not supported)',
  'questionnaire.file.duplicateOptionCode': 'code "{code}" is used by more than one option',
  'questionnaire.file.scoreNotNumber': 'the ordinalValue extension needs a number in valueDecimal',
  'questionnaire.file.itemWeight':
    'uses the itemWeight extension; Waymark reads option scores from the ordinalValue extension ({url})',
  'questionnaire.file.rangeNotNumber': 'the {which} extension needs {expected}',
  'questionnaire.file.rangeOnlyNumbers':
    'the {which} extension only applies to integer and decimal items',
  'questionnaire.file.rangeOrder': 'minValue ({min}) is greater than maxValue ({max})',
  'questionnaire.file.conditionUnknown': 'refers to item "{question}", which does not exist',
  'questionnaire.file.conditionSelf': 'refers to its own item',
  'questionnaire.file.conditionNotQuestion':
    'refers to item "{question}", a {type} item, which has no answer',
  'questionnaire.file.conditionValueCount':
    'needs exactly one answer value (answerBoolean, answerInteger, answerDecimal, answerString or answerCoding)',
  'questionnaire.file.conditionOperator':
    'operator "{operator}" cannot be used with item "{question}" (a {type} item)',
  'questionnaire.file.conditionValueType':
    'operator "{operator}" on item "{question}" needs {expected}',
  'questionnaire.file.conditionCode': 'code "{code}" is not an option of item "{question}"',
  'questionnaire.file.enableBehavior':
    'has more than one condition, so enableBehavior ("all" or "any") is required',
  'questionnaire.file.conditionLoop': 'conditions form a loop: {loop}',
  'questionnaire.file.scoringNotJson':
    'the scoring extension must hold JSON text in valueString ({detail})',
  'questionnaire.file.scoringTwice': 'there is more than one scoring extension',
  'questionnaire.file.scaleDuplicate': 'scale id "{scale}" is used more than once',
  'questionnaire.file.scaleUnknownItem': 'refers to item "{item}", which does not exist',
  'questionnaire.file.scaleDuplicateItem': 'lists item "{item}" more than once',
  'questionnaire.file.notScorable': 'item "{item}" is a {type} item, which has no score',
  'questionnaire.file.optionNoScore': 'item "{item}", option "{code}" has no score (ordinalValue)',
  'questionnaire.file.reverseNotInScale':
    'reverses item "{item}", which is not one of the scale\'s items',
  'questionnaire.file.reverseRange': 'the reverse range needs min below max (min {min}, max {max})',
  'questionnaire.file.scoreOutsideReverse':
    'item "{item}" can score {score}, outside the reverse range {min}–{max}',
  'questionnaire.file.bandRange': 'band "{band}" needs min at or below max (min {min}, max {max})',
  'questionnaire.file.bandsOverlap': 'bands "{first}" and "{second}" overlap',
  'questionnaire.file.pendingButGiven':
    '{part} is marked as loaded with the wording, so it must not be in the measure file',
  'questionnaire.file.riskNeedsValue': 'operator "{operator}" needs a "value" to compare with',
  'questionnaire.file.riskNoValue': 'operator "unanswered" takes no "value"',

  // What is wrong with answers (a QuestionnaireResponse).
  'questionnaire.answers.wrongQuestionnaire':
    'these answers are for "{actual}", not for "{expected}"',
  'questionnaire.answers.unknownItem': 'this questionnaire has no item with this linkId',
  'questionnaire.answers.misplaced':
    'is inside {actual} in these answers, but inside {expected} in the questionnaire',
  'questionnaire.answers.duplicate': 'appears more than once in these answers',
  'questionnaire.answers.noAnswers': 'a {type} item cannot have an answer',
  'questionnaire.answers.oneAnswer': 'only one answer is allowed',
  'questionnaire.answers.valueCount': 'each answer needs exactly one value',
  'questionnaire.answers.wrongValue': 'needs {expected}, because it is a {type} item',
  'questionnaire.answers.unknownCode': 'code "{code}" is not one of the options ({codes})',
  'questionnaire.answers.wrongSystem': 'code "{code}" should come from {expected}',
  'questionnaire.answers.belowMin': '{value} is below the lowest allowed answer, {min}',
  'questionnaire.answers.aboveMax': '{value} is above the highest allowed answer, {max}',
  'questionnaire.answers.tooLong':
    'the answer is longer than {max, plural, one {# character} few {# characters} many {# characters} other {# characters}}',
  'questionnaire.answers.required': 'is required but has no answer',
  'questionnaire.answers.hidden': 'is hidden by its condition, so it must not have an answer',
  'questionnaire.answers.needsWording':
    'this measure needs its wording loaded by your service before it can be answered',

  // Kinds of value, named inside the problems above.
  'questionnaire.value.boolean': 'true or false',
  'questionnaire.value.integer': 'a whole number (valueInteger)',
  'questionnaire.value.decimal': 'a number (valueDecimal)',
  'questionnaire.value.string': 'text (valueString)',
  'questionnaire.value.coding': 'one of the options (valueCoding)',
  'questionnaire.value.answerBoolean': 'answerBoolean',
  'questionnaire.value.answerInteger': 'answerInteger',
  'questionnaire.value.answerNumber': 'answerInteger or answerDecimal',
  'questionnaire.value.answerString': 'answerString',
  'questionnaire.value.answerCoding': 'answerCoding',
  'questionnaire.value.text': 'text',
  'questionnaire.value.number': 'a number',
  'questionnaire.value.wholeNumber': 'a whole number',
  'questionnaire.value.list': 'a list',
  'questionnaire.value.object': 'an object',
  'questionnaire.value.nothing': 'nothing',

  // How a score was worked out, step by step, shown with the score.
  'questionnaire.explain.needsWording':
    'This measure needs its wording loaded by your service ({parts}), so it cannot be scored yet.',
  'questionnaire.explain.partWording': 'item wording',
  'questionnaire.explain.partReverse': 'which items are reverse-scored',
  'questionnaire.explain.partConversion': 'the conversion table',
  'questionnaire.explain.method.sum': 'This score adds up items {items}.',
  'questionnaire.explain.method.mean': 'This score is the mean of items {items}.',
  'questionnaire.explain.choice': 'Item "{item}": "{answer}" scores {score}.',
  'questionnaire.explain.number': 'Item "{item}": answered {score}.',
  'questionnaire.explain.reversed':
    'Item "{item}" is reverse-scored: {min} + {max} − {score} = {reversed}.',
  'questionnaire.explain.missing': 'Item "{item}" has no answer.',
  'questionnaire.explain.hidden':
    'Item "{item}" was not asked (hidden by a condition), so it counts as missing.',
  'questionnaire.explain.invalid':
    'Item "{item}": the answer is not one of the options, so it counts as missing.',
  'questionnaire.explain.sum':
    'Adding up the answered items ({count} of {total}): {terms} = {sum}.',
  'questionnaire.explain.mean':
    'Mean of the answered items ({count} of {total}): {sum} ÷ {count} = {mean}.',
  'questionnaire.explain.prorated':
    'Answers missing: {missing} of {total}. Up to {allowed} may be missing, so the sum is prorated: {sum} × {total} ÷ {answered} = {value}.',
  'questionnaire.explain.meanMissing':
    'Answers missing: {missing} of {total}. Up to {allowed} may be missing, so the mean uses the answered items only.',
  'questionnaire.explain.tooManyMissing':
    'Answers missing: {missing} of {total}. At most {allowed} may be missing, so no score is given.',
  'questionnaire.explain.noneAllowed':
    'Answers missing: {missing} of {total}. Every item must be answered for this score, so no score is given.',
  'questionnaire.explain.rounded':
    'Rounded to {decimals, plural, one {# decimal place} few {# decimal places} many {# decimal places} other {# decimal places}}: {value}.',
  'questionnaire.explain.roundedWhole': 'Rounded to a whole number: {value}.',
  'questionnaire.explain.roundedHalf':
    'Rounded to {decimals, plural, one {# decimal place} few {# decimal places} many {# decimal places} other {# decimal places}}: {raw} is exactly halfway, and halves round up, so {value}.',
  'questionnaire.explain.roundedWholeHalf':
    'Rounded to a whole number: {raw} is exactly halfway, and halves round up, so {value}.',
  'questionnaire.explain.proratedResult':
    'This score is prorated: it was worked out from {answered} of {total} answers, not all of them.',
  'questionnaire.explain.riskNotImputed':
    'Answers missing: {missing} of {total}, including {items}. {watched, plural, one {That question is about safety, so its answer is} few {Those questions are about safety, so their answers are} many {Those questions are about safety, so their answers are} other {Those questions are about safety, so their answers are}} never guessed from the others, and no score is given.',
  'questionnaire.explain.riskUnanswered': 'Item "{item}" was left unanswered: {label}',
  'questionnaire.explain.converted': 'The conversion table turns raw score {raw} into {value}.',
  'questionnaire.explain.notInTable':
    'Raw score {raw} is not in the conversion table, so no score is given.',
  'questionnaire.explain.band': 'A score of {value} is in the band "{band}" ({min}–{max}).',
  'questionnaire.explain.noBand': 'A score of {value} is not in any band.',
  'questionnaire.explain.result': 'Score: {value}.',
  'questionnaire.explain.risk': 'Item "{item}" scored {score} ({operator} {value}): {label}',

  // What is wrong with a service’s wording file for a measure (on the command line).
  'questionnaire.wording.measure':
    'this wording is for "{actual}", but the measure is "{expected}"',
  'questionnaire.wording.version':
    'this wording is for version {actual}, but the measure is version {expected}',
  'questionnaire.wording.unknownItem': 'item "{item}" is not in the measure',
  'questionnaire.wording.missingItem': 'item "{item}" has no wording in the file',
  'questionnaire.wording.notChoice':
    'item "{item}" is not a choice item, so it has no answer options',
  'questionnaire.wording.unknownOption': 'item "{item}" has no option with code "{code}"',
  'questionnaire.wording.missingOption':
    'item "{item}", option "{code}" has no wording in the file',
  'questionnaire.wording.unknownScale': 'scale "{scale}" is not in the measure',
  'questionnaire.wording.notPending': 'scale "{scale}" does not take {part} from a wording file',
  'questionnaire.wording.missingPart': 'scale "{scale}" needs {part} from the wording file',
  'questionnaire.wording.part.reverse': 'a reverse list',
  'questionnaire.wording.part.conversion': 'a conversion table',

  // Importing a file (on the command line).
  'questionnaire.import.unknownKind':
    'this is neither a FHIR Questionnaire (resourceType "Questionnaire") nor a wording file (with "measure", "version" and "items")',
  'questionnaire.import.noMeasure':
    'there is no measure "{measure}" version {version} to load this wording into',
} satisfies Words;
