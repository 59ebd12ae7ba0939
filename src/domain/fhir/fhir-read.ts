// Small readers of FHIR elements that the import shares (from-bundle.ts and the files beside
// it). Each takes any JSON and answers a value or nothing, never throwing.
import { isObject, type Json, referenceKey } from './bundle-checks.ts';
import { SYSTEMS } from './codes.ts';

export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const obj = (value: unknown): Json => (isObject(value) ? value : {});
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
export const text = (value: unknown): string => str(value) ?? '';
export const codeIn = (concept: unknown, system: string): string | undefined =>
  str(
    arr(obj(concept).coding)
      .map(obj)
      .find((coding) => coding.system === system)?.code,
  );
export const extension = (element: Json, url: string): Json | undefined =>
  arr(element.extension)
    .map(obj)
    .find((ext) => ext.url === url);
export const idOf = (reference: unknown): string =>
  referenceKey(text(obj(reference).reference)).split('/')[1] ?? '';
export const kindOf = (resource: Json) => codeIn({ coding: obj(resource.meta).tag }, SYSTEMS.kind);
export const forMeOnly = (resource: Json) =>
  codeIn({ coding: obj(resource.meta).tag }, SYSTEMS.privacy) === 'for-me-only';
export const updatedAt = (resource: Json) => text(obj(resource.meta).lastUpdated);
export const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/** Resources grouped by a key, each group in the Bundle's order. */
export function groupBy(resources: Json[], keyOf: (resource: Json) => string): Map<string, Json[]> {
  const groups = new Map<string, Json[]>();
  for (const resource of resources) {
    const key = keyOf(resource);
    const group = groups.get(key) ?? [];
    group.push(resource);
    groups.set(key, group);
  }
  return groups;
}
