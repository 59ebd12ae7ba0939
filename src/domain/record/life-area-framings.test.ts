import { describe, expect, it } from 'vitest';
import '../i18n/framings.messages.ts';
import '../i18n/life-areas.messages.ts';
import { t } from '../i18n/translate.ts';
import {
  areaNameKey,
  FRAMING_IDS,
  framingById,
  isUntouchedStartingSet,
  LIFE_AREA_FRAMINGS,
  MAX_FRAMING_AREAS,
  planFraming,
} from './life-area-framings.ts';
import { DEFAULT_LIFE_AREAS } from './life-areas.ts';

const names = (id: (typeof FRAMING_IDS)[number]) =>
  framingById(id).areas.map((area) => t(area.nameKey));

describe('Framings of life areas', () => {
  it('offers four framings, each with a title, a description and areas with words', () => {
    expect(LIFE_AREA_FRAMINGS.map((f) => f.id)).toEqual([...FRAMING_IDS]);
    for (const framing of LIFE_AREA_FRAMINGS) {
      expect(t(framing.titleKey)).not.toBe('');
      expect(t(framing.descriptionKey)).not.toBe('');
      expect(framing.areas.length).toBeGreaterThan(0);
      expect(framing.areas.length).toBeLessThanOrEqual(MAX_FRAMING_AREAS);
      const keys = framing.areas.map((area) => area.key);
      expect(new Set(keys).size, framing.id).toBe(keys.length);
      const areaNames = names(framing.id).map(areaNameKey);
      expect(new Set(areaNames).size, framing.id).toBe(areaNames.length);
    }
  });

  it('starts from the set every new record is given', () => {
    expect(names('everyday')).toEqual(DEFAULT_LIFE_AREAS.map((key) => t(key)));
  });

  it('has six areas for the six things the source text says recovery may involve', () => {
    expect(names('recovery')).toEqual([
      'Who I am and how I see myself',
      'Living with what is hard',
      'Making sense of what has happened to me',
      'Getting on with the people in my life',
      'Things I do that matter to me',
      'Help and support when I need it',
    ]);
  });

  it('has five areas for connection, hope, identity, meaning and being in charge', () => {
    expect(names('connection')).toEqual([
      'Feeling close to people',
      'Hope and looking forward',
      'Who I am',
      'What gives my life meaning',
      'Being in charge of my life',
    ]);
  });

  it('puts family, community, faith and culture first', () => {
    expect(names('community').slice(0, 4)).toEqual([
      'Family',
      'My community',
      'Faith, spirit or beliefs',
      'Culture, heritage and language',
    ]);
  });

  it('adds only the chosen areas, in the framing’s order, leaving out names already there whatever their case or spacing', () => {
    const plan = planFraming(
      framingById('community'),
      ['culture', 'faith', 'family', 'home'],
      ['  FAMILY', 'Home  and where I live'],
      t,
    );
    expect(plan.add).toEqual([
      { key: 'faith', name: 'Faith, spirit or beliefs' },
      { key: 'culture', name: 'Culture, heritage and language' },
    ]);
    expect(plan.alreadyThere).toEqual([
      { key: 'family', name: 'Family' },
      { key: 'home', name: 'Home and where I live' },
    ]);
  });

  it('knows the untouched starting set, and not one that was changed or added to', () => {
    const starting = DEFAULT_LIFE_AREAS.map((key) => ({ version: 1, name: t(key) }));
    expect(isUntouchedStartingSet(starting, t)).toBe(true);
    expect(isUntouchedStartingSet(starting.slice(2), t)).toBe(true);
    expect(isUntouchedStartingSet([], t)).toBe(false);
    expect(
      isUntouchedStartingSet(
        [{ ...starting[0], version: 2 }, ...starting.slice(1)] as typeof starting,
        t,
      ),
    ).toBe(false);
    expect(isUntouchedStartingSet([...starting, { version: 1, name: 'Allotment' }], t)).toBe(false);
  });
});
