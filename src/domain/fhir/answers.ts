// A measure's answers (QuestionnaireResponse items) both ways: only the value types our
// measures produce; on import anything else is refused.
import type {
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';
import type { ResponseItem } from '../measures/response.schema.ts';
import { isObject, refuse } from './bundle-checks.ts';
import { arr, obj, str } from './fhir-read.ts';
import { fhirString } from './fhir-text.ts';

/** A measure's answers as FHIR has them: only the answer types our measures produce. */
export function answersToFhir(item: ResponseItem): QuestionnaireResponseItem {
  const answers = (item.answer ?? []).flatMap((answer): QuestionnaireResponseItemAnswer[] => {
    if (answer.valueBoolean !== undefined) return [{ valueBoolean: answer.valueBoolean }];
    if (answer.valueInteger !== undefined) return [{ valueInteger: answer.valueInteger }];
    if (answer.valueDecimal !== undefined) return [{ valueDecimal: answer.valueDecimal }];
    if (answer.valueString !== undefined) {
      const text = fhirString(answer.valueString);
      return text === undefined ? [] : [{ valueString: text }];
    }
    if (answer.valueCoding !== undefined) {
      const { system, code, display } = answer.valueCoding;
      return [
        {
          valueCoding: {
            ...(system ? { system } : {}),
            ...(code ? { code } : {}),
            ...(display ? { display: fhirString(display) } : {}),
          },
        },
      ];
    }
    return [];
  });
  const text = item.text === undefined ? undefined : fhirString(item.text);
  return {
    linkId: item.linkId,
    ...(text ? { text } : {}),
    ...(answers.length ? { answer: answers } : {}),
    ...(item.item?.length ? { item: item.item.map(answersToFhir) } : {}),
  };
}

/** A measure's answer items, only the value types our measures produce; anything else refused. */
export function answersFromFhir(value: unknown, where: string): ResponseItem {
  const item = obj(value);
  const linkId = str(item.linkId);
  if (!linkId) refuse('fhir.import.invalidItem', { where });
  const answers = arr(item.answer).map((a) => {
    const answer = obj(a);
    const kinds = ['valueBoolean', 'valueInteger', 'valueDecimal', 'valueString', 'valueCoding'];
    const key = kinds.find((k) => k in answer);
    if (!key) refuse('fhir.import.invalidItem', { where });
    const found = answer[key];
    const fits =
      key === 'valueBoolean'
        ? typeof found === 'boolean'
        : key === 'valueString'
          ? typeof found === 'string'
          : key === 'valueCoding'
            ? isObject(found) && typeof found.code === 'string'
            : typeof found === 'number';
    if (!fits) refuse('fhir.import.invalidItem', { where });
    if (key !== 'valueCoding') return { [key]: found };
    const coding = obj(found);
    return {
      valueCoding: {
        ...(str(coding.system) ? { system: coding.system as string } : {}),
        code: coding.code as string,
        ...(str(coding.display) ? { display: coding.display as string } : {}),
      },
    };
  });
  const children = arr(item.item).map((child) => answersFromFhir(child, where));
  return {
    linkId,
    ...(str(item.text) ? { text: item.text as string } : {}),
    ...(answers.length ? { answer: answers } : {}),
    ...(children.length ? { item: children } : {}),
  };
}
