import { describe, expect, it } from 'vitest';
import { EMPTY_CRISIS_PLAN, EMPTY_SAFETY_PLAN } from '../record/plans.schema.ts';
import { restoreWithheld, shownToSuggester, unseenReferences } from './plan-references.ts';

const crisis = {
  ...EMPTY_CRISIS_PLAN,
  wantInvolved: [{ contactId: 'ade', whatToDo: 'Sit with me' }],
  nominatedPersonContactId: 'ade',
  advanceChoiceDocumentId: 'doc',
};
const withheld = { advanceChoiceDocument: true };
const none = new Set<string>();

describe('suggestions on a plan as the supporter saw it', () => {
  it('shows a supporter the crisis plan without a document kept from them', () => {
    expect(shownToSuggester('crisis_plan', crisis, withheld)).toEqual({
      ...crisis,
      advanceChoiceDocumentId: null,
    });
    expect(shownToSuggester('crisis_plan', crisis, { advanceChoiceDocument: false })).toBe(crisis);
  });

  it('names each contact or file a proposal adds that the supporter was never shown', () => {
    const seen = shownToSuggester('crisis_plan', crisis, withheld) as typeof crisis;
    const proposed = {
      ...seen,
      wantInvolved: [...crisis.wantInvolved, { contactId: 'bea', whatToDo: '' }],
      advanceChoiceDocumentId: 'doc',
    };
    expect(unseenReferences('crisis_plan', seen, proposed, none).map((r) => r.field)).toEqual([
      'wantInvolved.1.contactId',
      'advanceChoiceDocumentId',
    ]);
    // A contact they may read in the network is one they can see.
    expect(
      unseenReferences('crisis_plan', seen, proposed, new Set(['bea'])).map((r) => r.field),
    ).toEqual(['advanceChoiceDocumentId']);
    const safety = { ...EMPTY_SAFETY_PLAN, reasonPhotoIds: ['p1'] };
    const added = { ...safety, reasonPhotoIds: ['p1', 'p2'], professionals: [{ contactId: 'p1' }] };
    expect(unseenReferences('safety_plan', safety, added, none).map((r) => r.field)).toEqual([
      'professionals.0.contactId',
      'reasonPhotoIds.1',
    ]);
  });

  it('puts back what was withheld, as it was in the base version', () => {
    const proposed = { ...crisis, advanceChoiceDocumentId: null, signs: 'New words' };
    expect(restoreWithheld('crisis_plan', crisis, proposed, withheld)).toEqual({
      ...crisis,
      signs: 'New words',
    });
    expect(restoreWithheld('crisis_plan', crisis, proposed, { advanceChoiceDocument: false })).toBe(
      proposed,
    );
  });
});
