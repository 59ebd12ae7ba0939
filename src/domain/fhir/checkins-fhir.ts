// Check-in settings, check-ins, life-area ratings and measures as FHIR: Questionnaire,
// Observation and QuestionnaireResponse (decision 0045; the table in docs/ARCHITECTURE.md, "FHIR").
import type {
  Observation,
  ObservationComponent,
  Questionnaire,
  QuestionnaireResponse,
} from '@medplum/fhirtypes';
import { answersToFhir } from './answers.ts';
import {
  EXTENSIONS,
  LIFE_AREA_RATINGS_QUESTIONNAIRE,
  LOINC_BESIDE_SNOMED,
  SYSTEMS,
} from './codes.ts';
import { fhirString } from './fhir-text.ts';
import { coding, concept, lastVersion, meta, ref, stringExt, type WriteOut } from './fhir-write.ts';

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
