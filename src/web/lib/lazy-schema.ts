// Shared schemas reach a page after it is on screen (decision 0037). zod and the schema modules
// were a third of a page's first load, yet a form needs them only when it is sent, and an
// answer only once it has arrived. So a page names where a schema comes from, a loader such as
// `() => import('…/record.schema.ts').then((m) => m.goalSchema)`, instead of importing it: the
// form asks for that code once the browser is idle (`usePrefetch`), and `validate` (form.ts)
// waits for it on a send that comes sooner. Call `validate` inside the submission (`form.run`):
// the form is busy while it waits, and a schema that cannot be fetched is said like a send that
// cannot. The checks, their words and the fields they name stay the shared schema's.
import { useEffect } from 'preact/hooks';
import type { z } from '../../domain/validation.ts';
import { whenIdle } from './lazy.tsx';

/** Where a shared schema comes from: its module, asked for when the schema is first needed. */
export type SchemaLoader<S extends z.ZodType = z.ZodType> = () => Promise<S>;

/**
 * Asks for code a form will need when it is sent (its schema, or any module), once the page is
 * shown and the browser is idle, so that the first send seldom waits for it. Nothing is asked
 * for while `wanted` is false (a page shown read-only has no form to send).
 */
export function usePrefetch(load: () => Promise<unknown>, wanted = true): void {
  useEffect(() => {
    if (!wanted) return;
    return whenIdle(() => {
      load().catch(() => {
        // No connection now: a send asks again, and says so if it still cannot.
      });
    });
  }, [wanted]);
}

/**
 * A read's answer checked with its shared schema. The schema's code is asked for beside the
 * request rather than before it, so the answer is ready no later than when the schema came with
 * the page.
 */
export async function parsed<S extends z.ZodType>(
  schema: SchemaLoader<S>,
  answer: Promise<unknown>,
): Promise<z.output<S>> {
  const [loaded, body] = await Promise.all([schema(), answer]);
  return loaded.parse(body);
}

/**
 * A change's answer checked with its shared schema, loaded before the change is sent (it
 * usually came with the page's read): the server is never asked to change something whose
 * answer this page then could not read, and a schema that cannot be loaded is said like a
 * change that cannot be sent.
 */
export async function parsedChange<S extends z.ZodType>(
  schema: SchemaLoader<S>,
  send: () => Promise<unknown>,
): Promise<z.output<S>> {
  const loaded = await schema();
  return loaded.parse(await send());
}
