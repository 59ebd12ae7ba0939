import { describe, expect, it } from 'vitest';
import { SECTION_OF_KIND } from '../record/sections.ts';
import { SUGGESTABLE_SECTIONS } from './suggestable-sections.ts';
import { SUGGESTABLE_KINDS } from './suggestion.schema.ts';

describe('where suggestions can be made', () => {
  it('offers "suggest" in the sharing settings on exactly the sections suggestions exist for', () => {
    const sections = SUGGESTABLE_KINDS.map((kind) => SECTION_OF_KIND[kind]);
    expect([...SUGGESTABLE_SECTIONS].sort()).toEqual([...new Set(sections)].sort());
  });
});
