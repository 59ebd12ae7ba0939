import { describe, expect, it } from 'vitest';
import { aboutForPerson } from './about.ts';
import { BUILT_IN_MEASURE_FILES, builtInMeasures } from './built-in.ts';
import { flattenItems } from './items.ts';

describe('A questionnaire said to the person', () => {
  it('has our own plain words for every measure we ship, never its clinical description', () => {
    for (const id of Object.keys(BUILT_IN_MEASURE_FILES)) {
      const about = aboutForPerson(id, 'Clinical description.');
      expect(about.about, id).not.toBe('Clinical description.');
      expect(about.time, id).toMatch(/^\d+ (questions|statements)\. About \d+ minutes\.$/);
    }
  });

  it('counts the items each shipped measure really has', () => {
    for (const measure of builtInMeasures()) {
      const items = flattenItems(measure.item).filter(
        ({ item }) => item.type !== 'group' && item.type !== 'display',
      ).length;
      expect(aboutForPerson(measure.id ?? '', undefined).time, measure.id).toMatch(
        new RegExp(`^${items} `),
      );
    }
  });

  it('keeps the words a service gave its own questionnaire, or says plainly where it came from', () => {
    expect(aboutForPerson('service-own', 'About your week with the team.')).toEqual({
      about: 'About your week with the team.',
      time: null,
    });
    expect(aboutForPerson('service-own', undefined).about).toBe(
      'A questionnaire your service added.',
    );
  });
});
