// Rules about a Questionnaire that a schema cannot express: unique linkIds, what each item type
// may contain, and conditions (enableWhen) that refer to real items with the right kind of value.
// Each problem keeps the index path of the item so errors.ts can name it by linkId; its words are
// said later (say(), i18n/said.ts), in the language of whoever reads them.
import { saidValue, say } from '../i18n/said.ts';
import type { PathPart, Problem } from './errors.ts';
import {
  findExtension,
  flattenItems,
  type IndexedItem,
  indexItems,
  usesItemWeightOnly,
  valueRange,
} from './items.ts';
import {
  ANSWERABLE_TYPES,
  type EnableWhen,
  MAX_VALUE_URL,
  MIN_VALUE_URL,
  ORDINAL_VALUE_URL,
  type Questionnaire,
  type QuestionnaireItem,
} from './questionnaire.schema.ts';

export function checkQuestionnaire(questionnaire: Questionnaire): Problem[] {
  const all = flattenItems(questionnaire.item);
  const index = indexItems(questionnaire.item);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const entry of all) {
    if (seen.has(entry.item.linkId)) {
      const problem = say('questionnaire.file.duplicateLinkId', { linkId: entry.item.linkId });
      problems.push({ path: [...entry.path, 'linkId'], problem });
    }
    seen.add(entry.item.linkId);
    problems.push(...checkItem(entry), ...checkConditions(entry, index));
  }
  problems.push(...findConditionLoops(all, index));
  return problems;
}

function checkItem({ item, path }: IndexedItem): Problem[] {
  const problems: Problem[] = [];
  const at = (field: PathPart[], problem: string) =>
    problems.push({ path: [...path, ...field], problem });
  if (item.type === 'group' && !item.item?.length)
    at([], say('questionnaire.file.groupNeedsItems'));
  if (item.type !== 'group' && item.item?.length)
    at(['item'], say('questionnaire.file.onlyGroupsNest', { type: item.type }));
  if (item.type === 'display' && item.required)
    at(['required'], say('questionnaire.file.displayRequired'));
  if ('answerValueSet' in item) at(['answerValueSet'], say('questionnaire.file.answerValueSet'));
  if (item.repeats) at(['repeats'], say('questionnaire.file.repeats'));
  if (item.type !== 'choice' && item.answerOption) {
    at(['answerOption'], say('questionnaire.file.optionsOnlyForChoice', { type: item.type }));
  }
  if (item.type === 'choice' && !item.answerOption?.length) {
    at(['answerOption'], say('questionnaire.file.choiceNeedsOptions'));
  }
  const codes = new Set<string>();
  item.answerOption?.forEach((option, i) => {
    const optionPath = ['answerOption', i];
    const code = option.valueCoding.code;
    if (codes.has(code))
      at(
        [...optionPath, 'valueCoding', 'code'],
        say('questionnaire.file.duplicateOptionCode', { code }),
      );
    codes.add(code);
    const ordinal = findExtension(option.extension, ORDINAL_VALUE_URL);
    if (
      ordinal &&
      typeof ordinal.valueDecimal !== 'number' &&
      typeof ordinal.valueInteger !== 'number'
    ) {
      at([...optionPath, 'extension'], say('questionnaire.file.scoreNotNumber'));
    }
    if (usesItemWeightOnly(option)) {
      at(
        [...optionPath, 'extension'],
        say('questionnaire.file.itemWeight', { url: ORDINAL_VALUE_URL }),
      );
    }
  });
  problems.push(...checkRange(item, path));
  return problems;
}

/** minValue / maxValue: only on number items, as a whole number on integer items. */
function checkRange(item: QuestionnaireItem, path: PathPart[]): Problem[] {
  const problems: Problem[] = [];
  const at = (problem: string) => problems.push({ path: [...path, 'extension'], problem });
  for (const [which, url] of [
    ['minValue', MIN_VALUE_URL],
    ['maxValue', MAX_VALUE_URL],
  ] as const) {
    const extension = findExtension(item.extension, url);
    if (!extension) continue;
    if (item.type !== 'integer' && item.type !== 'decimal') {
      at(say('questionnaire.file.rangeOnlyNumbers', { which }));
    } else if (item.type === 'integer' && typeof extension.valueInteger !== 'number') {
      at(
        say('questionnaire.file.rangeNotNumber', {
          which,
          expected: saidValue('questionnaire.value.integer'),
        }),
      );
    } else if (
      typeof extension.valueDecimal !== 'number' &&
      typeof extension.valueInteger !== 'number'
    ) {
      at(
        say('questionnaire.file.rangeNotNumber', {
          which,
          expected: saidValue('questionnaire.value.decimal'),
        }),
      );
    }
  }
  const { min, max } = valueRange(item);
  if (min !== undefined && max !== undefined && min > max)
    at(say('questionnaire.file.rangeOrder', { min: String(min), max: String(max) }));
  return problems;
}

const VALUE_KEYS = [
  'answerBoolean',
  'answerInteger',
  'answerDecimal',
  'answerString',
  'answerCoding',
] as const;

function checkConditions({ item, path }: IndexedItem, index: Map<string, IndexedItem>): Problem[] {
  const problems: Problem[] = [];
  const conditions = item.enableWhen ?? [];
  if (conditions.length > 1 && !item.enableBehavior) {
    problems.push({
      path: [...path, 'enableBehavior'],
      problem: say('questionnaire.file.enableBehavior'),
    });
  }
  conditions.forEach((condition, i) => {
    const problem = checkCondition(item, condition, index);
    if (problem)
      problems.push({ path: [...path, 'enableWhen', i, problem.field], problem: problem.text });
  });
  return problems;
}

function checkCondition(
  item: QuestionnaireItem,
  condition: EnableWhen,
  index: Map<string, IndexedItem>,
): { field: string; text: string } | undefined {
  const { question, operator } = condition;
  const target = index.get(question)?.item;
  if (!target)
    return { field: 'question', text: say('questionnaire.file.conditionUnknown', { question }) };
  if (question === item.linkId)
    return { field: 'question', text: say('questionnaire.file.conditionSelf') };
  const type = target.type;
  if (!ANSWERABLE_TYPES.includes(type)) {
    return {
      field: 'question',
      text: say('questionnaire.file.conditionNotQuestion', { question, type }),
    };
  }
  const given = VALUE_KEYS.filter((key) => condition[key] !== undefined);
  if (given.length !== 1)
    return { field: 'operator', text: say('questionnaire.file.conditionValueCount') };
  const valueKey = given[0] as (typeof VALUE_KEYS)[number];
  const ordered = operator !== 'exists' && operator !== '=' && operator !== '!=';
  if (ordered && type !== 'integer' && type !== 'decimal') {
    return {
      field: 'operator',
      text: say('questionnaire.file.conditionOperator', { operator, question, type }),
    };
  }
  const expected = operator === 'exists' ? 'answerBoolean' : expectedValueKey(type);
  const numberOk =
    expected === 'answerNumber' && (valueKey === 'answerInteger' || valueKey === 'answerDecimal');
  if (valueKey !== expected && !numberOk) {
    const wanted = saidValue(VALUE_NAMES[expected]);
    return {
      field: valueKey,
      text: say('questionnaire.file.conditionValueType', {
        operator,
        question,
        expected: wanted,
      }),
    };
  }
  if (type === 'integer' && valueKey === 'answerDecimal') {
    return {
      field: valueKey,
      text: say('questionnaire.file.conditionValueType', {
        operator,
        question,
        expected: saidValue('questionnaire.value.answerInteger'),
      }),
    };
  }
  const code = condition.answerCoding?.code;
  if (
    code !== undefined &&
    !target.answerOption?.some((option) => option.valueCoding.code === code)
  ) {
    return {
      field: 'answerCoding',
      text: say('questionnaire.file.conditionCode', { code, question }),
    };
  }
  return undefined;
}

const VALUE_NAMES = {
  answerBoolean: 'questionnaire.value.answerBoolean',
  answerCoding: 'questionnaire.value.answerCoding',
  answerNumber: 'questionnaire.value.answerNumber',
  answerString: 'questionnaire.value.answerString',
} as const;

function expectedValueKey(type: QuestionnaireItem['type']) {
  if (type === 'boolean') return 'answerBoolean' as const;
  if (type === 'choice') return 'answerCoding' as const;
  if (type === 'integer' || type === 'decimal') return 'answerNumber' as const;
  return 'answerString' as const;
}

/**
 * An item depends on the questions its conditions name and on its enclosing groups; a question
 * in turn depends on its own groups and conditions. A loop (a group shown only when a question
 * inside it is answered, or two items waiting on each other) could never be decided.
 */
function findConditionLoops(all: IndexedItem[], index: Map<string, IndexedItem>): Problem[] {
  const dependsOn = (entry: IndexedItem): string[] => [
    ...(entry.item.enableWhen ?? [])
      .map((condition) => condition.question)
      // Unknown and self references are reported by checkCondition already.
      .filter((id) => index.has(id) && id !== entry.item.linkId),
    ...entry.ancestors.slice(-1),
  ];
  const state = new Map<string, 'visiting' | 'done'>();
  const problems: Problem[] = [];
  const visit = (linkId: string, trail: string[]): void => {
    if (state.get(linkId) === 'done') return;
    if (state.get(linkId) === 'visiting') {
      const loop = [...trail.slice(trail.indexOf(linkId)), linkId]
        .map((id) => `"${id}"`)
        .join(' → ');
      const entry = index.get(linkId) as IndexedItem;
      problems.push({
        path: [...entry.path, 'enableWhen'],
        problem: say('questionnaire.file.conditionLoop', { loop }),
      });
      return;
    }
    state.set(linkId, 'visiting');
    const entry = index.get(linkId) as IndexedItem;
    for (const next of dependsOn(entry)) visit(next, [...trail, linkId]);
    state.set(linkId, 'done');
  };
  for (const entry of all) visit(entry.item.linkId, []);
  return problems;
}
