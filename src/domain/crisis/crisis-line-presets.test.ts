// Every number and address of every preset, pinned: a change to a crisis line must be a change
// to this test too, made on purpose (hazard H12, docs/clinical-safety.md).
import { describe, expect, it } from 'vitest';
import { t } from '../i18n/translate.ts';
import { CRISIS_COUNTRIES, isCrisisCountry } from './countries.ts';
import { CRISIS_LINE_PRESETS, crisisLinesFor } from './crisis-line-presets.ts';
import { type CrisisLine, DANGER_LINE, smsHref, telHref } from './crisis-lines.ts';

/** A line as a person reads it and what tapping it does. */
const said = (line: CrisisLine) =>
  line.kind === 'call'
    ? `${t('crisis.call', { name: t(line.nameKey), number: line.number })} (${telHref(line.number)}): ${t(line.detailKey)}`
    : `${t('crisis.text', { word: line.word, number: line.number })} (${smsHref(line.number, line.word)}): ${t(line.detailKey)}`;

const linesOf = (country: (typeof CRISIS_COUNTRIES)[number]) =>
  crisisLinesFor(country).lines.map(said);

const SAMARITANS = 'Call Samaritans on 116 123 (tel:116123): Free, day or night.';
const SHOUT =
  'Text SHOUT to 85258 (sms:85258?&body=SHOUT): Shout is a free text service, day or night.';

describe('Crisis lines of each nation', () => {
  it('has a preset for each of the four nations, and nothing else', () => {
    expect(Object.keys(CRISIS_LINE_PRESETS).sort()).toEqual([...CRISIS_COUNTRIES].sort());
    for (const country of CRISIS_COUNTRIES) expect(crisisLinesFor(country).country).toBe(country);
    expect(isCrisisCountry('scotland')).toBe(true);
    expect(isCrisisCountry('Scotland')).toBe(false);
    expect(isCrisisCountry('france')).toBe(false);
  });

  it('says "call 999 or go to A&E" first in every nation, a link that dials 999', () => {
    for (const country of CRISIS_COUNTRIES) {
      const { danger } = crisisLinesFor(country);
      expect(danger).toEqual(DANGER_LINE);
      expect(t(danger.messageKey, { number: danger.number })).toBe(
        'If you are in danger now, call 999 or go to A&E.',
      );
      expect(telHref(danger.number)).toBe('tel:999');
    }
  });

  it('England: NHS 111 (the mental health option), Samaritans and Shout', () => {
    expect(linesOf('england')).toEqual([
      'Call NHS 111 on 111 (tel:111): In England, choose the mental health option.',
      SAMARITANS,
      SHOUT,
    ]);
  });

  it('Wales: NHS 111 Wales (press 2), the CALL helpline, Samaritans and Shout', () => {
    expect(linesOf('wales')).toEqual([
      'Call NHS 111 Wales on 111 (tel:111): Press 2 for help with your mental health, day or night.',
      'Call the CALL helpline on 0800 132 737 (tel:0800132737): A free mental health helpline for anyone in Wales, day or night.',
      SAMARITANS,
      SHOUT,
    ]);
  });

  it('Scotland: NHS 24 on 111, Breathing Space (with its hours), Samaritans and Shout', () => {
    expect(linesOf('scotland')).toEqual([
      'Call NHS 24 on 111 (tel:111): In Scotland, for urgent help with your mental health, day or night.',
      'Call Breathing Space on 0800 83 85 87 (tel:0800838587): Free, for anyone in Scotland. Open 6pm to 2am Monday to Thursday, and from 6pm Friday to 6am Monday.',
      SAMARITANS,
      SHOUT,
    ]);
  });

  it('Northern Ireland: Lifeline, Samaritans and Shout (no NHS 111 there)', () => {
    expect(linesOf('northern-ireland')).toEqual([
      'Call Lifeline on 0808 808 8000 (tel:08088088000): Free, for anyone in Northern Ireland, day or night.',
      SAMARITANS,
      SHOUT,
    ]);
  });

  it('gives each line of a nation its own id, and every number only digits and spaces', () => {
    for (const country of CRISIS_COUNTRIES) {
      const { lines } = crisisLinesFor(country);
      expect(new Set(lines.map((line) => line.id)).size).toBe(lines.length);
      for (const line of lines) expect(line.number).toMatch(/^[0-9]+( [0-9]+)*$/);
    }
  });
});
