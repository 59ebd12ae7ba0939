// Which way is better on each measure Waymark ships, and the reliable-change threshold where the
// measure's own literature defines one (issue 14, decision 0044). Pure, no I/O.
//
// A measure is recognised by its canonical URL (a QuestionnaireResponse's `questionnaire`, with or
// without `|version`) or by the code of its total (an Observation's code, SNOMED CT). A measure
// not listed here gets neither a direction nor a reliable-change mark: Waymark does not guess
// which way is better on a questionnaire a service uploaded.
//
// The thresholds agree with `reliableChange` in measures/*.json (a test keeps them equal).

export type Better = 'lower' | 'higher';

export type KnownMeasure = {
  /** The measure's id among the built-ins (measures/<id>.json). */
  id: string;
  url: string;
  /** SNOMED CT code of the total score. */
  totalCode: string;
  /** Which way a score moves when the person is doing better. */
  better: Better;
  /** A change of `points` or more between two totals is reliable; absent: not defined. */
  reliableChange?: { points: number; source: string };
};

const SNOMED = 'http://snomed.info/sct';
const URL_BASE = 'https://waymark.example/fhir/Questionnaire/';

/**
 * NHS England, "NHS Talking Therapies for anxiety and depression Manual" (formerly the IAPT
 * Manual), reliable change: PHQ-9 a change of 6 or more points, GAD-7 4 or more. Lower scores
 * mean fewer symptoms, so a fall is an improvement and a rise a deterioration.
 */
const TALKING_THERAPIES_MANUAL =
  'NHS Talking Therapies for anxiety and depression Manual (NHS England; formerly the IAPT Manual)';

/**
 * Warwick Medical School, WEMWBS user guide, guidance on change for individuals: WEMWBS a change
 * of 9 or more (Maheswaran et al., Health Qual Life Outcomes 2012;10:156), SWEMWBS 3 or more
 * (Shah et al., Health Qual Life Outcomes 2018;16:239). Higher scores mean better well-being.
 */
const WEMWBS_GUIDE =
  'Warwick-Edinburgh Mental Well-being Scales user guide (Warwick Medical School)';

export const KNOWN_MEASURES: readonly KnownMeasure[] = [
  {
    id: 'phq-9',
    url: `${URL_BASE}phq-9`,
    totalCode: '720433000',
    better: 'lower',
    reliableChange: { points: 6, source: `${TALKING_THERAPIES_MANUAL}: PHQ-9, 6 points` },
  },
  {
    id: 'gad-7',
    url: `${URL_BASE}gad-7`,
    totalCode: '445455005',
    better: 'lower',
    reliableChange: { points: 4, source: `${TALKING_THERAPIES_MANUAL}: GAD-7, 4 points` },
  },
  {
    id: 'wemwbs',
    url: `${URL_BASE}wemwbs`,
    totalCode: '718426000',
    better: 'higher',
    reliableChange: {
      points: 9,
      source: `${WEMWBS_GUIDE}, after Maheswaran et al. 2012: WEMWBS, 9 points`,
    },
  },
  {
    id: 'swemwbs',
    url: `${URL_BASE}swemwbs`,
    totalCode: '718466001',
    better: 'higher',
    reliableChange: {
      points: 3,
      source: `${WEMWBS_GUIDE}, after Shah et al. 2018: SWEMWBS, 3 points`,
    },
  },
  // Direction only: these measures publish no reliable-change threshold Waymark relies on.
  // QPR-15: higher totals mean more of the recovery process (Law et al. 2014).
  { id: 'qpr-15', url: `${URL_BASE}qpr-15`, totalCode: '1035441000000106', better: 'higher' },
  // ReQoL-10 and ReQoL-20: higher totals mean better quality of life (Keetharuth et al. 2018).
  { id: 'reqol-10', url: `${URL_BASE}reqol-10`, totalCode: '1091071000000100', better: 'higher' },
  { id: 'reqol-20', url: `${URL_BASE}reqol-20`, totalCode: '1091081000000103', better: 'higher' },
];

/** How a score names its measure: any of these may be known. */
export type MeasureRef = {
  /** Canonical URL, optionally `url|version` (QuestionnaireResponse.questionnaire). */
  questionnaire?: string | null;
  /** The scale within the measure: only the total (`total`, or none given) is known here. */
  scaleId?: string | null;
  /** The code of the score (Observation.code). Only the total's code identifies a measure. */
  code?: { system: string; code: string } | null;
};

/** The known measure a score belongs to, or undefined when Waymark does not know it. */
export function knownMeasure(ref: MeasureRef): KnownMeasure | undefined {
  const total = ref.scaleId === undefined || ref.scaleId === null || ref.scaleId === 'total';
  const url = total ? ref.questionnaire?.split('|')[0] : undefined;
  return KNOWN_MEASURES.find(
    (measure) =>
      (url !== undefined && url === measure.url) ||
      (ref.code?.system === SNOMED && ref.code.code === measure.totalCode),
  );
}
