// Helpers for whole-stack tests: the record's URLs, creating items through the API, and a
// snapshot of everything stored for a person, to prove a refused request changed nothing.
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { LANGUAGE_CODES } from '../../domain/i18n/languages.ts';
import { asSentence, type SaidCode, wordsOfCode } from '../../domain/i18n/said.ts';
import type { CrisisPlan } from '../../domain/record/plans.schema.ts';
import type { Item } from '../features/record/stored-items.ts';
import { inLanguage } from '../http/language.ts';
import type { Store } from '../store/db.ts';
import type { Client } from './app-harness.ts';

/** An item as the API answers with it. */
export type ItemJson<T = Record<string, unknown>> = Item<T>;

export function paths(personId: string) {
  const base = `/api/people/${personId}`;
  return {
    aboutMe: `${base}/about-me`,
    lifeAreas: `${base}/life-areas`,
    lifeArea: (id: string) => `${base}/life-areas/${id}`,
    goals: `${base}/goals`,
    goal: (id: string) => `${base}/goals/${id}`,
    notes: (goalId: string) => `${base}/goals/${goalId}/notes`,
    note: (goalId: string, id: string) => `${base}/goals/${goalId}/notes/${id}`,
  };
}

/** An answer as the caller sees it, to show two answers cannot be told apart. */
export const comparable = (r: LightMyRequestResponse) => ({ status: r.statusCode, body: r.body });

export const ifMatch = (version: number) => ({ 'if-match': `W/"${version}"` });

/** Creates an item through the API and returns it, failing the test if that did not work. */
export async function create<T>(client: Client, url: string, payload: T): Promise<ItemJson<T>> {
  const response = await client.request({ method: 'POST', url, payload: payload as object });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Saves the person's first crisis plan through the API, failing the test if that did not work. */
export async function saveFirstCrisisPlan(client: Client, plan: CrisisPlan): Promise<void> {
  const response = await client.request({
    method: 'PUT',
    url: `/api/people/${client.personId}/crisis-plan`,
    headers: ifMatch(0),
    payload: plan,
  });
  expect(response.statusCode, response.body).toBe(200);
}

export async function read<T>(client: Client, url: string): Promise<ItemJson<T>> {
  const response = await client.request({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

export async function list<T>(client: Client, url: string): Promise<ItemJson<T>[]> {
  const response = await client.request({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

/** Every stored row of a person's record, its history, files and links, in a stable order. */
export async function recordSnapshot(store: Store, personId: string) {
  const items = await store.db
    .selectFrom('record_item')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute();
  const revisions = await store.db
    .selectFrom('record_revision')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('item_id')
    .orderBy('version')
    .execute();
  const attachments = await store.db
    .selectFrom('attachment')
    .select(['id', 'purpose', 'sha256', 'deleted_at'])
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute();
  const links = await store.db
    .selectFrom('emergency_link')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute();
  return { items, revisions, attachments, links };
}

export async function countRows(store: Store, table: 'account' | 'session' | 'record_item') {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Phrases from a library's own messages, which a person should never be shown. */
const TECHNICAL = /expected|received|invalid input|too small|too big|NaN|undefined|\{|\}|zod/i;

/** The error body every refusal has, with messages a person can read. */
export function expectError(
  response: { statusCode: number; json(): unknown },
  status: number,
  code: string,
  field?: string,
) {
  expect(response.statusCode).toBe(status);
  const body = response.json() as {
    error: SaidCode & {
      message: string;
      field?: string;
      fields?: (SaidCode & { field: string; message: string })[];
    };
  };
  expect(body.error.code).toBe(code);
  // Each message travels as a code and values that word to the same message, in the language
  // the request was answered in (issue 13).
  const language = LANGUAGE_CODES.find(
    (each) =>
      inLanguage(each, () => wordsOfCode({ code: `error.${code}`, params: body.error.params })) ===
      body.error.message,
  );
  expect(language, `no language words ${code} as "${body.error.message}"`).toBeDefined();
  const lang = language ?? 'en-GB';
  for (const field of body.error.fields ?? [])
    expect(asSentence(inLanguage(lang, () => wordsOfCode(field)) ?? '', lang)).toBe(field.message);
  for (const message of [body.error.message, ...(body.error.fields ?? []).map((f) => f.message)]) {
    // A sentence: a capital letter first (or a letter of a script without capitals).
    expect(message).toMatch(/^[\p{Lu}\p{Lo}].*\S$/u);
    expect(message).not.toMatch(TECHNICAL);
  }
  if (field !== undefined) expect(body.error.field).toBe(field);
  return body;
}
