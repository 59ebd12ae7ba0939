// Check-in settings, check-ins, life-area ratings and measures as FHIR: Questionnaire,
// Observation and QuestionnaireResponse, both ways (decision 0045; the table in docs/ARCHITECTURE.md, "FHIR").
import type {
  Observation,
  ObservationComponent,
  Questionnaire,
  QuestionnaireResponse,
} from '@medplum/fhirtypes';
import {
  type CheckinSettings,
  checkinSettingsSchema,
  lifeAreaRatingSetSchema,
} from '../checkins/checkins.schema.ts';
import { journalEntrySchema } from '../journal/journal.schema.ts';
import { answersFromFhir, answersToFhir } from './answers.ts';
import { refuse } from './bundle-checks.ts';
import {
  EXTENSIONS,
  LIFE_AREA_RATINGS_QUESTIONNAIRE,
  LOINC_BESIDE_SNOMED,
  SYSTEMS,
} from './codes.ts';
import {
  arr,
  codeIn,
  extension,
  forMeOnly,
  groupBy,
  idOf,
  obj,
  str,
  text,
  updatedAt,
} from './fhir-read.ts';
import { fhirString } from './fhir-text.ts';
import { coding, concept, lastVersion, meta, ref, stringExt, type WriteOut } from './fhir-write.ts';
import type { Reader } from './from-bundle.ts';
import type { RecordSnapshot } from './snapshot.ts';

export function writeCheckinsAndMeasures({
  snapshot,
  patient,
  keep,
  add,
  areaNames,
}: WriteOut): void {
  if (snapshot.checkinSettings) {
    const settings = snapshot.checkinSettings;
    keep(
      {
        resourceType: 'Questionnaire',
        id: settings.id,
        meta: meta('checkin_settings', settings.updatedAt, false, lastVersion(settings.history)),
        extension: [{ url: EXTENSIONS.reminder, valueCode: settings.data.reminder }],
        title: 'My check-in',
        status: 'active',
        subjectType: ['Patient'],
        ...(settings.data.scales.length || settings.data.warningSignPrompts.length
          ? {
              item: [
                ...settings.data.scales.map((scale) => {
                  const [min, max] = scale.range === '1-7' ? [1, 7] : [0, 10];
                  return {
                    linkId: scale.id,
                    type: 'integer' as const,
                    ...(scale.name ? { text: fhirString(scale.name) } : {}),
                    extension: [
                      { url: EXTENSIONS.minValue, valueInteger: min },
                      { url: EXTENSIONS.maxValue, valueInteger: max },
                      ...(scale.active ? [] : [{ url: EXTENSIONS.hidden, valueBoolean: true }]),
                    ],
                  };
                }),
                ...settings.data.warningSignPrompts.map((prompt, index) => ({
                  linkId: `sign-${index + 1}`,
                  type: 'boolean' as const,
                  text: fhirString(prompt) ?? '',
                })),
              ],
            }
          : {}),
      } satisfies Questionnaire,
      settings.history,
    );
  }

  for (const checkin of snapshot.checkins) {
    const note = fhirString(checkin.note);
    const components: ObservationComponent[] = [
      ...Object.entries(checkin.scores).map(([scale, value]) => ({
        code: concept(SYSTEMS.scale, scale),
        ...(Number.isInteger(value) ? { valueInteger: value } : { valueQuantity: { value } }),
      })),
      ...checkin.signsPresent.map((sign) => ({
        code: concept(SYSTEMS.checkin, 'warning-sign', 'Early warning sign present'),
        valueString: fhirString(sign) ?? '\ufffd',
      })),
    ];
    keep(
      {
        resourceType: 'Observation',
        id: checkin.id,
        meta: meta('checkin', checkin.updatedAt, checkin.forMeOnly, lastVersion(checkin.history)),
        extension: [{ url: EXTENSIONS.takenOn, valueDate: checkin.takenOn }],
        status: 'final',
        category: [concept(SYSTEMS.observationCategory, 'survey')],
        code: concept(SYSTEMS.checkin, 'checkin', 'Check-in'),
        subject: patient,
        effectiveDateTime: checkin.takenAt,
        ...(note ? { note: [{ text: note }] } : {}),
        ...(components.length ? { component: components } : {}),
      } satisfies Observation,
      checkin.history,
    );
  }

  for (const set of snapshot.lifeAreaRatings)
    keep(
      {
        resourceType: 'QuestionnaireResponse',
        id: set.id,
        meta: meta('life_area_rating', set.updatedAt, false, lastVersion(set.history)),
        questionnaire: LIFE_AREA_RATINGS_QUESTIONNAIRE,
        status: 'completed',
        subject: patient,
        authored: set.data.date,
        item: set.data.ratings.map((rating) => {
          const name = areaNames.get(rating.lifeAreaId);
          return {
            linkId: rating.lifeAreaId,
            ...(name ? { text: fhirString(name) } : {}),
            answer: [
              {
                valueInteger: rating.score,
                item: [{ linkId: 'want-help', answer: [{ valueBoolean: rating.wantHelp }] }],
              },
            ],
          };
        }),
      } satisfies QuestionnaireResponse,
      set.history,
    );

  for (const response of snapshot.measureResponses) {
    const responseRef = ref(`QuestionnaireResponse/${response.id}`);
    keep(
      {
        resourceType: 'QuestionnaireResponse',
        id: response.id,
        meta: meta(
          'measure_response',
          response.updatedAt,
          response.forMeOnly,
          lastVersion(response.history),
        ),
        extension: [
          ...stringExt(EXTENSIONS.note, response.note),
          ...stringExt(EXTENSIONS.scoreDetails, response.scoreDetails),
        ],
        questionnaire: response.questionnaire,
        status: 'completed',
        subject: patient,
        authored: response.authored,
        ...(response.items.length ? { item: response.items.map(answersToFhir) } : {}),
      } satisfies QuestionnaireResponse,
      response.history,
    );
    for (const score of response.scores) {
      const loinc = score.system === SYSTEMS.snomed ? LOINC_BESIDE_SNOMED[score.code] : undefined;
      add({
        resourceType: 'Observation',
        id: score.id,
        meta: meta('measure_score', undefined, response.forMeOnly),
        extension: [
          { url: EXTENSIONS.scaleId, valueString: fhirString(score.scaleId) ?? '\ufffd' },
          ...(score.itemsAnswered === null
            ? []
            : [{ url: EXTENSIONS.itemsAnswered, valueInteger: score.itemsAnswered }]),
          ...(score.itemsTotal === null
            ? []
            : [{ url: EXTENSIONS.itemsTotal, valueInteger: score.itemsTotal }]),
        ],
        status: 'final',
        category: [concept(SYSTEMS.observationCategory, 'survey')],
        code: {
          coding: [
            coding(score.system, score.code, score.display ? fhirString(score.display) : undefined),
            ...(loinc ? [coding(SYSTEMS.loinc, loinc.code, loinc.display)] : []),
          ],
        },
        subject: patient,
        effectiveDateTime: score.effectiveAt,
        valueQuantity: { value: score.value, unit: 'score', system: SYSTEMS.ucum, code: '{score}' },
        derivedFrom: [responseRef],
      } satisfies Observation);
    }
  }
}

export function readCheckinSettings(reader: Reader): RecordSnapshot['checkinSettings'] {
  const r = reader.single('checkin_settings');
  if (!r) return null;
  const where = reader.where(r);
  const items = arr(r.item).map(obj);
  const data: CheckinSettings = {
    scales: items
      .filter((item) => item.type === 'integer')
      .map((item) => ({
        id: text(item.linkId),
        name: str(item.text) ?? null,
        range: extension(item, EXTENSIONS.maxValue)?.valueInteger === 10 ? '0-10' : '1-7',
        active: extension(item, EXTENSIONS.hidden)?.valueBoolean !== true,
      })),
    reminder: str(extension(r, EXTENSIONS.reminder)?.valueCode) as CheckinSettings['reminder'],
    warningSignPrompts: items
      .filter((item) => item.type === 'boolean')
      .map((item) => text(item.text)),
  };
  return reader.kept(r, reader.valid(checkinSettingsSchema, data, where));
}

export function readCheckins(reader: Reader): RecordSnapshot['checkins'] {
  return reader.of('checkin').map((r) => {
    const where = reader.where(r);
    const scores: Record<string, number> = {};
    const signsPresent: string[] = [];
    for (const component of arr(r.component).map(obj)) {
      const scale = codeIn(component.code, SYSTEMS.scale);
      if (scale !== undefined) {
        const value = component.valueInteger ?? obj(component.valueQuantity).value;
        if (typeof value !== 'number' || scale in scores)
          refuse('fhir.import.invalidItem', { where });
        scores[scale] = value;
      } else if (codeIn(component.code, SYSTEMS.checkin) === 'warning-sign')
        signsPresent.push(text(component.valueString));
    }
    const takenOn = str(extension(r, EXTENSIONS.takenOn)?.valueDate);
    const checked = reader.valid(journalEntrySchema.pick({ date: true }), { date: takenOn }, where);
    const note = text(obj(arr(r.note)[0]).text);
    const takenAt = str(r.effectiveDateTime);
    if (!takenAt || Number.isNaN(Date.parse(takenAt)) || note.length > 2_000)
      refuse('fhir.import.invalidItem', { where });
    return {
      id: text(r.id),
      takenAt,
      takenOn: checked.date,
      scores,
      note,
      forMeOnly: forMeOnly(r),
      signsPresent,
      updatedAt: updatedAt(r),
      history: reader.history(r),
    };
  });
}

export function readLifeAreaRatings(reader: Reader): RecordSnapshot['lifeAreaRatings'] {
  return reader.of('life_area_rating').map((r) => {
    const where = reader.where(r);
    const data = {
      date: r.authored,
      ratings: arr(r.item)
        .map(obj)
        .map((item) => {
          const answer = obj(arr(item.answer)[0]);
          return {
            lifeAreaId: item.linkId,
            score: answer.valueInteger,
            wantHelp: obj(arr(obj(arr(answer.item)[0]).answer)[0]).valueBoolean,
          };
        }),
    };
    return reader.kept(r, reader.valid(lifeAreaRatingSetSchema, data, where));
  });
}

export function readMeasureResponses(reader: Reader): RecordSnapshot['measureResponses'] {
  const scores = groupBy(reader.of('measure_score'), (o) => idOf(arr(o.derivedFrom)[0]));
  return reader.of('measure_response').map((r) => {
    const where = reader.where(r);
    const id = text(r.id);
    const questionnaire = str(r.questionnaire);
    const authored = str(r.authored);
    if (!questionnaire || !authored) refuse('fhir.import.invalidItem', { where });
    return {
      id,
      questionnaire,
      authored,
      items: arr(r.item).map((item) => answersFromFhir(item, where)),
      scoreDetails: text(extension(r, EXTENSIONS.scoreDetails)?.valueString),
      scores: (scores.get(id) ?? []).map((o) => {
        const scoreWhere = reader.where(o);
        const code = obj(arr(obj(o.code).coding)[0]);
        const value = obj(o.valueQuantity).value;
        const count = (url: string) => {
          const found = extension(o, url)?.valueInteger;
          return typeof found === 'number' ? found : null;
        };
        if (typeof value !== 'number' || !str(code.system) || !str(code.code))
          refuse('fhir.import.invalidItem', { where: scoreWhere });
        return {
          id: text(o.id),
          scaleId: text(extension(o, EXTENSIONS.scaleId)?.valueString),
          system: text(code.system),
          code: text(code.code),
          display: str(code.display) ?? null,
          value,
          effectiveAt: text(o.effectiveDateTime),
          itemsAnswered: count(EXTENSIONS.itemsAnswered),
          itemsTotal: count(EXTENSIONS.itemsTotal),
        };
      }),
      note: text(extension(r, EXTENSIONS.note)?.valueString),
      forMeOnly: forMeOnly(r),
      updatedAt: updatedAt(r),
      history: reader.history(r),
    };
  });
}
