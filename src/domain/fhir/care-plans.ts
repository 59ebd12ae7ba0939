// Each plan as a CarePlan and back, by PLAN_LAYOUT (plan-layout.ts): every filled field an
// activity coded with its part, list entries in the person's order.
import type { CarePlan, CarePlanActivity, Meta, Patient, Reference } from '@medplum/fhirtypes';
import type { Json } from './bundle-checks.ts';
import { EXTENSIONS, SYSTEMS } from './codes.ts';
import { arr, codeIn, extension, idOf, obj, str, text } from './fhir-read.ts';
import { fhirString } from './fhir-text.ts';
import { concept, ref } from './fhir-write.ts';
import { PLAN_LAYOUT, PLAN_TITLES } from './plan-layout.ts';
import type { PlanKind } from './snapshot.ts';

export type PlanContext = {
  meta: Meta;
  patient: Reference<Patient>;
  hasContact: (id: string) => boolean;
  hasFile: (id: string) => boolean;
};

/** One plan as a CarePlan: each filled field an activity, in PLAN_LAYOUT's order. */
export function carePlanOf(
  kind: PlanKind,
  id: string,
  data: Record<string, unknown>,
  context: PlanContext,
): CarePlan & { id: string } {
  const activity: CarePlanActivity[] = [];
  const add = (
    field: string,
    detail: Omit<NonNullable<CarePlanActivity['detail']>, 'status' | 'code'>,
  ) =>
    activity.push({
      detail: { code: concept(SYSTEMS.planPart, field), status: 'unknown', ...detail },
    });
  const words = (value: unknown) => fhirString(typeof value === 'string' ? value : '');
  const contact = (contactId: string) => ref(`RelatedPerson/${contactId}`);
  for (const part of PLAN_LAYOUT[kind]) {
    const value = data[part.field];
    switch (part.kind) {
      case 'text': {
        const description = words(value);
        if (description) add(part.field, { description });
        break;
      }
      case 'lines':
        for (const line of value as string[]) add(part.field, { description: words(line) ?? '' });
        break;
      case 'pairs':
        for (const pair of value as Record<string, string>[]) {
          const then = words(pair[part.response]);
          add(part.field, {
            reasonCode: [{ text: words(pair[part.when]) ?? '' }],
            ...(then ? { description: then } : {}),
          });
        }
        break;
      case 'contacts':
        for (const entry of value as Record<string, string>[]) {
          const contactId = entry.contactId as string;
          if (!context.hasContact(contactId)) continue;
          const description = part.words ? words(entry[part.words]) : undefined;
          add(part.field, {
            performer: [contact(contactId)],
            ...(description ? { description } : {}),
          });
        }
        break;
      case 'notInvolved':
        for (const entry of value as { name: string; reason: string }[]) {
          const description = words(entry.reason);
          add(part.field, {
            doNotPerform: true,
            performer: [{ display: words(entry.name) ?? '' }],
            ...(description ? { description } : {}),
          });
        }
        break;
      case 'contact':
        if (typeof value === 'string' && context.hasContact(value))
          add(part.field, { performer: [contact(value)] });
        break;
      case 'texts':
        for (const key of part.keys) {
          const description = words((value as Record<string, string>)[key]);
          if (description) add(`${part.field}.${key}`, { description });
        }
        break;
    }
  }
  const files =
    kind === 'crisis_plan'
      ? [data.advanceChoiceDocumentId].filter((file): file is string => typeof file === 'string')
      : kind === 'safety_plan'
        ? (data.reasonPhotoIds as string[])
        : [];
  const supportingInfo = files
    .filter(context.hasFile)
    .map((file) => ref(`DocumentReference/${file}`));
  const lastReviewed = kind === 'crisis_plan' ? data.lastReviewed : null;
  return {
    resourceType: 'CarePlan',
    id,
    meta: context.meta,
    ...(typeof lastReviewed === 'string'
      ? { extension: [{ url: EXTENSIONS.lastReviewed, valueDate: lastReviewed }] }
      : {}),
    status: 'active',
    intent: 'plan',
    category: [concept(SYSTEMS.kind, kind)],
    title: PLAN_TITLES[kind],
    subject: context.patient,
    ...(supportingInfo.length ? { supportingInfo } : {}),
    ...(activity.length ? { activity } : {}),
  };
}

/** A CarePlan's activities back into the plan's fields, by PLAN_LAYOUT. */
export function planFieldsOf(kind: PlanKind, r: Json): Json {
  const activities = arr(r.activity).map((a) => obj(obj(a).detail));
  const of = (field: string) =>
    activities.filter((detail) => codeIn(detail.code, SYSTEMS.planPart) === field);
  const data: Json = {};
  for (const part of PLAN_LAYOUT[kind]) {
    const found = of(part.field);
    const performer = (detail: Json) => obj(arr(detail.performer)[0]);
    switch (part.kind) {
      case 'text':
        data[part.field] = text(found[0]?.description);
        break;
      case 'lines':
        data[part.field] = found.map((detail) => text(detail.description));
        break;
      case 'pairs':
        data[part.field] = found.map((detail) => ({
          [part.when]: text(obj(arr(detail.reasonCode)[0]).text),
          [part.response]: text(detail.description),
        }));
        break;
      case 'contacts':
        data[part.field] = found.map((detail) => ({
          contactId: idOf(performer(detail)),
          ...(part.words ? { [part.words]: text(detail.description) } : {}),
        }));
        break;
      case 'notInvolved':
        data[part.field] = found.map((detail) => ({
          name: text(performer(detail).display),
          reason: text(detail.description),
        }));
        break;
      case 'contact':
        data[part.field] = found[0] ? idOf(performer(found[0])) : null;
        break;
      case 'texts':
        data[part.field] = Object.fromEntries(
          part.keys.map((key) => [key, text(of(`${part.field}.${key}`)[0]?.description)]),
        );
        break;
    }
  }
  const files = arr(r.supportingInfo).map(idOf);
  if (kind === 'crisis_plan') {
    data.advanceChoiceDocumentId = files[0] ?? null;
    data.lastReviewed = str(extension(r, EXTENSIONS.lastReviewed)?.valueDate) ?? null;
  }
  if (kind === 'safety_plan') data.reasonPhotoIds = files;
  return data;
}
