// Small helpers for walking a Questionnaire's item tree and reading the FHIR extensions we use.
import type { PathPart } from './errors.ts';
import { ITEM_WEIGHT_URL, MAX_VALUE_URL, MIN_VALUE_URL, ORDINAL_VALUE_URL } from './fhir-urls.ts';
import type { AnswerOption, Extension, QuestionnaireItem } from './questionnaire.schema.ts';

export type IndexedItem = {
  item: QuestionnaireItem;
  /** Position in the questionnaire as an index path, e.g. ['item', 0, 'item', 2]. */
  path: PathPart[];
  /** linkIds of the enclosing groups, outermost first. */
  ancestors: string[];
};

/** Every item in document order, depth first, with where it sits. */
export function flattenItems(items: readonly QuestionnaireItem[]): IndexedItem[] {
  const out: IndexedItem[] = [];
  const visit = (list: readonly QuestionnaireItem[], path: PathPart[], ancestors: string[]) => {
    list.forEach((item, index) => {
      const itemPath = [...path, 'item', index];
      out.push({ item, path: itemPath, ancestors });
      if (item.item) visit(item.item, itemPath, [...ancestors, item.linkId]);
    });
  };
  visit(items, [], []);
  return out;
}

/** Items by linkId (the first one wins if a linkId is duplicated; checks report duplicates). */
export function indexItems(items: readonly QuestionnaireItem[]): Map<string, IndexedItem> {
  const index = new Map<string, IndexedItem>();
  for (const entry of flattenItems(items)) {
    if (!index.has(entry.item.linkId)) index.set(entry.item.linkId, entry);
  }
  return index;
}

export function findExtension(
  extensions: readonly Extension[] | undefined,
  url: string,
): Extension | undefined {
  return extensions?.find((extension) => extension.url === url);
}

function extensionNumber(extension: Extension | undefined): number | undefined {
  if (!extension) return undefined;
  if (typeof extension.valueDecimal === 'number') return extension.valueDecimal;
  if (typeof extension.valueInteger === 'number') return extension.valueInteger;
  return undefined;
}

/** The score of an answer option (ordinalValue), if it has one. */
export function optionScore(option: AnswerOption): number | undefined {
  return extensionNumber(findExtension(option.extension, ORDINAL_VALUE_URL));
}

/** True when the option carries R5's itemWeight but not R4's ordinalValue. */
export function usesItemWeightOnly(option: AnswerOption): boolean {
  return (
    !!findExtension(option.extension, ITEM_WEIGHT_URL) &&
    !findExtension(option.extension, ORDINAL_VALUE_URL)
  );
}

/** The allowed range of an integer or decimal item (FHIR minValue / maxValue extensions). */
export function valueRange(item: QuestionnaireItem): { min?: number; max?: number } {
  const min = extensionNumber(findExtension(item.extension, MIN_VALUE_URL));
  const max = extensionNumber(findExtension(item.extension, MAX_VALUE_URL));
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** Whether an item's answers have a numeric score: scored choices and numbers. */
export function isScorable(item: QuestionnaireItem): boolean {
  return item.type === 'choice' || item.type === 'integer' || item.type === 'decimal';
}
