// Messages of the questionnaire engine: errors in measure files and answers, and the step-by-step
// explanation of a score. They live here rather than in the shared en-GB catalogue so that the
// measures area can grow without touching a file every feature edits; they follow the active
// locale of src/domain/i18n and fall back to en-GB, exactly like t().
import { locale } from '../i18n/translate.ts';

export const measureMessagesEnGB = {
  // Where a problem is: the start of every error message.
  'where.questionnaire': 'the questionnaire',
  'where.response': 'the answers',
  'where.item': 'item "{item}"',
  'where.itemAt': 'item {position} of {parent}',
  'where.top': 'the top level',
  'where.option': 'item "{item}", answer option {position}',
  'where.condition': 'item "{item}", condition {position}',
  'where.scoring': 'scoring',
  'where.scale': 'scoring, scale "{scale}"',
  'where.risk': 'scoring, risk rule "{rule}"',
  'where.wording': 'wording file',

  // What is wrong with a questionnaire's structure.
  'problem.notObject': 'this must be a JSON object',
  'problem.resourceType': 'resourceType must be "{expected}", not {actual}',
  'problem.typeNotSupported': 'type "{type}" is not supported (supported types: {supported})',
  'problem.missing': '"{field}" is missing',
  'problem.wrongType': '"{field}" should be {expected}, not {actual}',
  'problem.notOneOf': '"{field}" must be one of {allowed}, not {actual}',
  'problem.empty': '"{field}" must not be empty',
  'problem.tooSmall': '"{field}" must be at least {minimum}',
  'problem.tooBig': '"{field}" must be at most {maximum}',
  'problem.format': '"{field}" is not in the right format',
  'problem.unknownField': 'field "{field}" is not allowed here',
  'problem.invalid': '"{field}" is not valid',
  'problem.duplicateLinkId': 'linkId "{linkId}" is used by more than one item',
  'problem.groupNeedsItems': 'a group needs at least one item inside it',
  'problem.onlyGroupsNest':
    'only groups can contain items, but this {type} item has items inside it',
  'problem.displayRequired': 'a display item cannot be required',
  'problem.choiceNeedsOptions': 'a choice item needs at least one answerOption',
  'problem.optionsOnlyForChoice':
    'answerOption is only allowed on choice items, not on a {type} item',
  'problem.answerValueSet': 'answerValueSet is not supported: list the options in answerOption',
  'problem.repeats': 'repeating items ("repeats": true) are not supported',
  'problem.optionNeedsCoding':
    'the option needs a valueCoding with a code (other option types are not supported)',
  'problem.duplicateOptionCode': 'code "{code}" is used by more than one option',
  'problem.scoreNotNumber': 'the ordinalValue extension needs a number in valueDecimal',
  'problem.itemWeight':
    'uses the itemWeight extension; Waymark reads option scores from the ordinalValue extension ({url})',
  'problem.rangeNotNumber': 'the {which} extension needs {expected}',
  'problem.rangeOnlyNumbers': 'the {which} extension only applies to integer and decimal items',
  'problem.rangeOrder': 'minValue ({min}) is greater than maxValue ({max})',
  'problem.conditionUnknown': 'refers to item "{question}", which does not exist',
  'problem.conditionSelf': 'refers to its own item',
  'problem.conditionNotQuestion': 'refers to item "{question}", a {type} item, which has no answer',
  'problem.conditionValueCount':
    'needs exactly one answer value (answerBoolean, answerInteger, answerDecimal, answerString or answerCoding)',
  'problem.conditionOperator':
    'operator "{operator}" cannot be used with item "{question}" (a {type} item)',
  'problem.conditionValueType': 'operator "{operator}" on item "{question}" needs {expected}',
  'problem.conditionCode': 'code "{code}" is not an option of item "{question}"',
  'problem.enableBehavior':
    'has more than one condition, so enableBehavior ("all" or "any") is required',
  'problem.conditionLoop': 'conditions form a loop: {loop}',

  // What is wrong with scoring rules.
  'problem.scoringNotJson': 'the scoring extension must hold JSON text in valueString ({detail})',
  'problem.scoringTwice': 'there is more than one scoring extension',
  'problem.scaleDuplicate': 'scale id "{scale}" is used more than once',
  'problem.scaleUnknownItem': 'refers to item "{item}", which does not exist',
  'problem.scaleDuplicateItem': 'lists item "{item}" more than once',
  'problem.notScorable': 'item "{item}" is a {type} item, which has no score',
  'problem.optionNoScore': 'item "{item}", option "{code}" has no score (ordinalValue)',
  'problem.reverseNotInScale': 'reverses item "{item}", which is not one of the scale\'s items',
  'problem.reverseRange': 'the reverse range needs min below max (min {min}, max {max})',
  'problem.scoreOutsideReverse':
    'item "{item}" can score {score}, outside the reverse range {min}–{max}',
  'problem.bandRange': 'band "{band}" needs min at or below max (min {min}, max {max})',
  'problem.bandsOverlap': 'bands "{first}" and "{second}" overlap',
  'problem.pendingButGiven':
    '{part} is marked as loaded with the wording, so it must not be in the measure file',
  'problem.riskUnknownItem': 'refers to item "{item}", which does not exist',
  'problem.riskNeedsValue': 'operator "{operator}" needs a "value" to compare with',
  'problem.riskNoValue': 'operator "unanswered" takes no "value"',

  // What is wrong with answers (a QuestionnaireResponse).
  'response.wrongQuestionnaire': 'these answers are for "{actual}", not for "{expected}"',
  'response.unknownItem': 'this questionnaire has no item with this linkId',
  'response.misplaced':
    'is inside {actual} in these answers, but inside {expected} in the questionnaire',
  'response.duplicate': 'appears more than once in these answers',
  'response.noAnswers': 'a {type} item cannot have an answer',
  'response.oneAnswer': 'only one answer is allowed',
  'response.valueCount': 'each answer needs exactly one value',
  'response.wrongValue': 'needs {expected}, because it is a {type} item',
  'response.unknownCode': 'code "{code}" is not one of the options ({codes})',
  'response.wrongSystem': 'code "{code}" should come from {expected}',
  'response.belowMin': '{value} is below the lowest allowed answer, {min}',
  'response.aboveMax': '{value} is above the highest allowed answer, {max}',
  'response.tooLong': 'the answer is longer than {max} characters',
  'response.required': 'is required but has no answer',
  'response.hidden': 'is hidden by its condition, so it must not have an answer',
  'response.needsWording':
    'this measure needs its wording loaded by your service before it can be answered',

  // Value descriptions used inside the messages above.
  'value.boolean': 'true or false',
  'value.integer': 'a whole number (valueInteger)',
  'value.decimal': 'a number (valueDecimal)',
  'value.string': 'text (valueString)',
  'value.coding': 'one of the options (valueCoding)',
  'value.answerBoolean': 'answerBoolean',
  'value.answerInteger': 'answerInteger',
  'value.answerNumber': 'answerInteger or answerDecimal',
  'value.answerString': 'answerString',
  'value.answerCoding': 'answerCoding',
  'value.text': 'text',
  'value.number': 'a number',
  'value.wholeNumber': 'a whole number',
  'value.list': 'a list',
  'value.object': 'an object',
  'value.nothing': 'nothing',

  // How a score was worked out.
  'explain.needsWording':
    'This measure needs its wording loaded by your service ({parts}), so it cannot be scored yet.',
  'explain.partWording': 'item wording',
  'explain.partReverse': 'which items are reverse-scored',
  'explain.partConversion': 'the conversion table',
  'explain.method.sum': 'This score adds up items {items}.',
  'explain.method.mean': 'This score is the mean of items {items}.',
  'explain.choice': 'Item "{item}": "{answer}" scores {score}.',
  'explain.number': 'Item "{item}": answered {score}.',
  'explain.reversed': 'Item "{item}" is reverse-scored: {min} + {max} − {score} = {reversed}.',
  'explain.missing': 'Item "{item}" has no answer.',
  'explain.hidden': 'Item "{item}" was not asked (hidden by a condition), so it counts as missing.',
  'explain.invalid':
    'Item "{item}": the answer is not one of the options, so it counts as missing.',
  'explain.sum': 'Adding up the answered items ({count} of {total}): {terms} = {sum}.',
  'explain.mean': 'Mean of the answered items ({count} of {total}): {sum} ÷ {count} = {mean}.',
  'explain.prorated':
    'Answers missing: {missing} of {total}. Up to {allowed} may be missing, so the sum is prorated: {sum} × {total} ÷ {answered} = {value}.',
  'explain.meanMissing':
    'Answers missing: {missing} of {total}. Up to {allowed} may be missing, so the mean uses the answered items only.',
  'explain.tooManyMissing':
    'Answers missing: {missing} of {total}. At most {allowed} may be missing, so no score is given.',
  'explain.noneAllowed':
    'Answers missing: {missing} of {total}. Every item must be answered for this score, so no score is given.',
  'explain.rounded': 'Rounded to {decimals} decimal places: {value}.',
  'explain.roundedWhole': 'Rounded to a whole number: {value}.',
  'explain.roundedHalf':
    'Rounded to {decimals} decimal places: {raw} is exactly halfway, and halves round up, so {value}.',
  'explain.roundedWholeHalf':
    'Rounded to a whole number: {raw} is exactly halfway, and halves round up, so {value}.',
  'explain.proratedResult':
    'This score is prorated: it was worked out from {answered} of {total} answers, not all of them.',
  'explain.riskNotImputed':
    'Answers missing: {missing} of {total}, including {items}. That question is about safety, so its answer is never guessed from the others, and no score is given.',
  'explain.riskUnanswered': 'Item "{item}" was left unanswered: {label}',
  'explain.converted': 'Raw score {raw} converts to {value} using the conversion table.',
  'explain.notInTable': 'Raw score {raw} is not in the conversion table, so no score is given.',
  'explain.band': 'A score of {value} is in the band "{band}" ({min}–{max}).',
  'explain.noBand': 'A score of {value} is not in any band.',
  'explain.result': 'Score: {value}.',
  'explain.risk': 'Item "{item}" scored {score} ({operator} {value}): {label}',

  // Loading a service's wording for a measure.
  'wording.measure': 'this wording is for "{actual}", but the measure is "{expected}"',
  'wording.version': 'this wording is for version {actual}, but the measure is version {expected}',
  'wording.unknownItem': 'item "{item}" is not in the measure',
  'wording.missingItem': 'item "{item}" has no wording in the file',
  'wording.notChoice': 'item "{item}" is not a choice item, so it has no answer options',
  'wording.unknownOption': 'item "{item}" has no option with code "{code}"',
  'wording.missingOption': 'item "{item}", option "{code}" has no wording in the file',
  'wording.unknownScale': 'scale "{scale}" is not in the measure',
  'wording.notPending': 'scale "{scale}" does not take {part} from a wording file',
  'wording.missingPart': 'scale "{scale}" needs {part} from the wording file',
  'wording.part.reverse': 'a reverse list',
  'wording.part.conversion': 'a conversion table',

  // Importing a file.
  'import.unknownKind':
    'this is neither a FHIR Questionnaire (resourceType "Questionnaire") nor a wording file (with "measure", "version" and "items")',
  'import.noMeasure': 'there is no measure "{measure}" version {version} to load this wording into',
} as const;

export type MeasureMessageKey = keyof typeof measureMessagesEnGB;
export type MeasureMessageParams = Record<string, string | number>;

const catalogues: Record<string, Partial<Record<MeasureMessageKey, string>>> = {
  'en-GB': measureMessagesEnGB,
};

/** Adds or replaces a translation of these messages (keys left out fall back to en-GB). */
export function addMeasureMessages(
  localeCode: string,
  messages: Partial<Record<MeasureMessageKey, string>>,
): void {
  catalogues[localeCode] = { ...catalogues[localeCode], ...messages };
}

/** Looks a measures message up in the active locale, falling back to en-GB, filling `{name}` slots. */
export function tm(key: MeasureMessageKey, params: MeasureMessageParams = {}): string {
  const template = catalogues[locale()]?.[key] ?? measureMessagesEnGB[key];
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in params ? String(params[name]) : slot,
  );
}
