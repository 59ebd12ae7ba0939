// The countries whose crisis lines an installation can show (CRISIS_LINES_COUNTRY, decision
// 0034): the four nations of the United Kingdom, each a preset in crisis-line-presets.ts.
export const CRISIS_COUNTRIES = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type CrisisCountry = (typeof CRISIS_COUNTRIES)[number];
export const DEFAULT_CRISIS_COUNTRY: CrisisCountry = 'england';

export function isCrisisCountry(value: unknown): value is CrisisCountry {
  return typeof value === 'string' && (CRISIS_COUNTRIES as readonly string[]).includes(value);
}

/** The meta tag of the app page that names the installation's country (http/web-app.ts). */
export const CRISIS_COUNTRY_META = 'waymark-crisis-lines';
