// The search parameters the FHIR read API takes (declared in its CapabilityStatement), checked
// and applied here. Anything else is refused with a clear 400, never ignored: a client that
// asks for a filter we do not apply would take every row for a match. Pure.
import type { CodeableConcept, Resource } from '@medplum/fhirtypes';
import { AppError } from '../errors.ts';
import type { FhirApiType } from './scopes.ts';

/** How many resources one page of a search holds: the default and the most. */
export const FHIR_PAGE = { default: 50, max: 200 } as const;
/** How far into a search a page may start: past this, narrow the search instead. */
export const FHIR_MAX_OFFSET = 10_000;

type ParamType = 'token' | 'reference' | 'date' | 'number' | 'special';
export type SearchParam = { name: string; type: ParamType; documentation: string };

/** Taken by every search, and by $everything (but `patient` and `_id`). */
const PAGING: SearchParam[] = [
  { name: '_count', type: 'number', documentation: `Page size: 1 to ${FHIR_PAGE.max}.` },
  { name: '_offset', type: 'number', documentation: 'Where the page starts (from link.next).' },
];
const COMMON: SearchParam[] = [
  ...PAGING,
  { name: '_id', type: 'token', documentation: 'The resource id.' },
];
const PATIENT: SearchParam = {
  name: 'patient',
  type: 'reference',
  documentation: 'The token’s own patient: Patient/{id} or {id}. Another id finds nothing.',
};

export const SEARCH_PARAMS: Readonly<Record<FhirApiType, readonly SearchParam[]>> = {
  Patient: COMMON,
  Goal: [...COMMON, PATIENT],
  CarePlan: [...COMMON, PATIENT],
  RelatedPerson: [...COMMON, PATIENT],
  CareTeam: [...COMMON, PATIENT],
  Consent: [...COMMON, PATIENT],
  QuestionnaireResponse: [...COMMON, PATIENT],
  Observation: [
    ...COMMON,
    PATIENT,
    {
      name: 'date',
      type: 'date',
      documentation: 'When: YYYY-MM-DD or a full time, with ge, gt, le, lt or eq before it.',
    },
    { name: 'category', type: 'token', documentation: 'A category code, or system|code.' },
    { name: 'code', type: 'token', documentation: 'A code, or system|code.' },
  ],
  DocumentReference: [...COMMON, PATIENT],
};
/** `_format` is about the answer, not the search: checked with Accept (fhir-api routes). */
const FORMAT = '_format';

type DateBound = { op: 'ge' | 'gt' | 'le' | 'lt' | 'eq'; start: number; end: number };
type Token = { system: string | null; code: string };

export type FhirSearch = {
  count: number;
  offset: number;
  /** The patient asked for, if any (the caller compares it with the token's own). */
  patient: string | null;
  ids: string[] | null;
  dates: DateBound[];
  categories: Token[] | null;
  codes: Token[] | null;
};

const bad = (name: string) => new AppError('WM_FHIR_BAD_PARAMETER', { params: { name } });

/** One value; `date` alone may come twice (a range). */
function valuesOf(name: string, value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  if (values.some((v) => typeof v !== 'string' || v.length > 200)) throw bad(name);
  if (values.length > (name === 'date' ? 2 : 1)) throw bad(name);
  return values as string[];
}

function integer(name: string, text: string, min: number, max: number): number {
  if (!/^\d{1,6}$/.test(text)) throw bad(name);
  const n = Number(text);
  if (n < min || n > max) throw bad(name);
  return n;
}

function dateBound(text: string): DateBound {
  const match = /^(ge|gt|le|lt|eq)?(.+)$/.exec(text);
  const op = (match?.[1] ?? 'eq') as DateBound['op'];
  const value = match?.[2] ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const start = Date.parse(`${value}T00:00:00Z`);
    if (Number.isNaN(start) || new Date(start).toISOString().slice(0, 10) !== value)
      throw bad('date');
    return { op, start, end: start + 24 * 60 * 60 * 1000 - 1 };
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value))
    throw bad('date');
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw bad('date');
  return { op, start: at, end: at };
}

const tokens = (text: string): Token[] =>
  text.split(',').map((part) => {
    const bar = part.indexOf('|');
    const token =
      bar < 0
        ? { system: null, code: part }
        : { system: part.slice(0, bar), code: part.slice(bar + 1) };
    if (!token.code) throw bad('code');
    return token;
  });

/** Checks a search's parameters for `type` (or for $everything: paging alone). */
export function parseSearch(
  type: FhirApiType | '$everything',
  query: Record<string, unknown>,
): FhirSearch {
  const allowed = type === '$everything' ? PAGING : SEARCH_PARAMS[type];
  const search: FhirSearch = {
    count: FHIR_PAGE.default,
    offset: 0,
    patient: null,
    ids: null,
    dates: [],
    categories: null,
    codes: null,
  };
  for (const [name, raw] of Object.entries(query)) {
    if (name === FORMAT) continue;
    if (!allowed.some((param) => param.name === name))
      throw new AppError('WM_FHIR_UNKNOWN_PARAMETER', { params: { name: name.slice(0, 40) } });
    const values = valuesOf(name, raw);
    const value = values[0] ?? '';
    if (name === '_count') search.count = integer(name, value, 1, FHIR_PAGE.max);
    else if (name === '_offset') search.offset = integer(name, value, 0, FHIR_MAX_OFFSET);
    else if (name === 'patient') search.patient = value.replace(/^Patient\//, '');
    else if (name === '_id') search.ids = value.split(',');
    else if (name === 'date') search.dates = values.map(dateBound);
    else if (name === 'category') search.categories = tokens(value);
    else if (name === 'code') search.codes = tokens(value);
  }
  return search;
}

const anyConcept = (concepts: CodeableConcept[], wanted: Token[]) =>
  concepts.some((concept) =>
    (concept.coding ?? []).some((coding) =>
      wanted.some(
        (token) =>
          coding.code === token.code && (token.system === null || coding.system === token.system),
      ),
    ),
  );

function inBound(at: number, bound: DateBound): boolean {
  if (bound.op === 'ge') return at >= bound.start;
  if (bound.op === 'gt') return at > bound.end;
  if (bound.op === 'le') return at <= bound.end;
  if (bound.op === 'lt') return at < bound.start;
  return at >= bound.start && at <= bound.end;
}

/** Whether a resource the token may read matches the search's filters. */
export function matches(resource: Resource, search: FhirSearch): boolean {
  if (search.ids && !search.ids.includes(resource.id ?? '')) return false;
  if (resource.resourceType !== 'Observation') return true;
  if (search.categories && !anyConcept(resource.category ?? [], search.categories)) return false;
  if (search.codes && !anyConcept([resource.code], search.codes)) return false;
  if (search.dates.length) {
    const at = Date.parse(resource.effectiveDateTime ?? '');
    if (Number.isNaN(at) || !search.dates.every((bound) => inBound(at, bound))) return false;
  }
  return true;
}
