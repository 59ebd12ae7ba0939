import { describe, expect, it } from 'vitest';
import { EMPTY_ABOUT_ME } from './record.schema.ts';
import { ITEM_KINDS } from './sections.ts';
import { currentShapeVersion, readStoredData, upgrade } from './stored-json.ts';

const aboutMeV1 = {
  strengths: 'I keep going.',
  values: '',
  whatMatters: '',
  identity: '',
  culture: '',
  whenWell: '',
};

describe('stored JSON upgrades', () => {
  it('brings About me from version 1 to today with "how to support me" empty', () => {
    expect(upgrade('about_me', 1, aboutMeV1)).toEqual({
      ok: true,
      data: { ...aboutMeV1, howToSupportMe: '' },
    });
  });

  it("leaves data already in today's shape as it is", () => {
    const today = { ...EMPTY_ABOUT_ME, howToSupportMe: 'Text first' };
    const version = currentShapeVersion('about_me');
    expect(readStoredData('about_me', version, JSON.stringify(today))).toEqual({
      ok: true,
      data: today,
    });
  });

  it('says which rows were written by a newer Waymark and which are unreadable', () => {
    for (const kind of ITEM_KINDS) {
      expect(upgrade(kind, currentShapeVersion(kind) + 1, {})).toEqual({
        ok: false,
        reason: 'newer',
      });
      expect(upgrade(kind, 0, {})).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(readStoredData('life_area', 1, '{"name":')).toEqual({ ok: false, reason: 'invalid' });
    expect(readStoredData('about_me', 1, '"text"')).toEqual({ ok: false, reason: 'invalid' });
    expect(readStoredData('life_area', 1, '{"name":"Work","extra":1}')).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});
