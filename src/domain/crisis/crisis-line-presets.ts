// The crisis lines of each country an installation can choose (CRISIS_LINES_COUNTRY). Numbers
// are data and never translated; names and details are catalogue words (`crisisLine.*`). When and
// against what they were last checked is in docs/clinical-safety.md (H12); check them again at
// every release. Loaded on demand by the web (lib/crisis-lines.ts) and by
// the server (GET /api/crisis-lines).
import '../i18n/crisis-line-presets.messages.ts';
import type { CrisisCountry } from './countries.ts';
import { type CrisisLine, type CrisisLines, DANGER_LINE } from './crisis-lines.ts';

/** Free, day or night, across the United Kingdom. */
const SAMARITANS: CrisisLine = {
  id: 'samaritans',
  kind: 'call',
  number: '116 123',
  nameKey: 'crisisLine.samaritans.name',
  detailKey: 'crisisLine.samaritans.detail',
};

/** A free text service, day or night, across the United Kingdom. */
const SHOUT: CrisisLine = {
  id: 'shout',
  kind: 'text',
  number: '85258',
  word: 'SHOUT',
  nameKey: 'crisisLine.shout.name',
  detailKey: 'crisisLine.shout.detail',
};

export const CRISIS_LINE_PRESETS: Record<CrisisCountry, CrisisLines> = {
  england: {
    country: 'england',
    danger: DANGER_LINE,
    lines: [
      {
        // NHS 111 asks callers to choose "the mental health option" (it was "option 2").
        id: 'nhs-111',
        kind: 'call',
        number: '111',
        nameKey: 'crisisLine.nhs111.name',
        detailKey: 'crisisLine.nhs111.detail',
      },
      SAMARITANS,
      SHOUT,
    ],
  },
  wales: {
    country: 'wales',
    danger: DANGER_LINE,
    lines: [
      {
        // "111 press 2": urgent mental health help in every health board, day or night.
        id: 'nhs-111-wales',
        kind: 'call',
        number: '111',
        nameKey: 'crisisLine.nhs111Wales.name',
        detailKey: 'crisisLine.nhs111Wales.detail',
      },
      {
        // The CALL Mental Health Helpline for Wales, free, day or night.
        id: 'call-helpline',
        kind: 'call',
        number: '0800 132 737',
        nameKey: 'crisisLine.callHelpline.name',
        detailKey: 'crisisLine.callHelpline.detail',
      },
      SAMARITANS,
      SHOUT,
    ],
  },
  scotland: {
    country: 'scotland',
    danger: DANGER_LINE,
    lines: [
      {
        // NHS 24 on 111: its mental health hub answers day or night.
        id: 'nhs-24',
        kind: 'call',
        number: '111',
        nameKey: 'crisisLine.nhs24.name',
        detailKey: 'crisisLine.nhs24.detail',
      },
      {
        // Run by NHS 24: evenings on weekdays, and all weekend.
        id: 'breathing-space',
        kind: 'call',
        number: '0800 83 85 87',
        nameKey: 'crisisLine.breathingSpace.name',
        detailKey: 'crisisLine.breathingSpace.detail',
      },
      SAMARITANS,
      SHOUT,
    ],
  },
  'northern-ireland': {
    country: 'northern-ireland',
    danger: DANGER_LINE,
    lines: [
      {
        // Northern Ireland's crisis helpline, free, day or night. There is no NHS 111 there.
        id: 'lifeline',
        kind: 'call',
        number: '0808 808 8000',
        nameKey: 'crisisLine.lifeline.name',
        detailKey: 'crisisLine.lifeline.detail',
      },
      SAMARITANS,
      SHOUT,
    ],
  },
};

/** The lines of `country`, for every country in CRISIS_COUNTRIES. */
export function crisisLinesFor(country: CrisisCountry): CrisisLines {
  return CRISIS_LINE_PRESETS[country];
}
