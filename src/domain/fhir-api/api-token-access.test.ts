// An app's token in the one access policy (decision 0049): it reads the sections its scopes map
// to and nothing else, writes nothing, and reads nothing at all once revoked, past its end, used
// on another person's record, or while the person has paused sharing.
import { describe, expect, it } from 'vitest';
import type { AccessContext, ApiTokenState } from '../access/context.ts';
import { decide } from '../access/decision.ts';
import type { ApiTokenActor } from '../access/policy.ts';
import { SECTIONS } from '../record/sections.ts';
import {
  API_SCOPES,
  isApiScope,
  loggedSections,
  narrowToTypes,
  sectionsOfScopes,
  typesOfScopes,
} from './scopes.ts';
import { parseSearch } from './search.ts';

const OWNER = 'owner-id';
const NOW = '2026-11-29T12:00:00.000Z';
const actor: ApiTokenActor = { kind: 'api_token', tokenId: 'tok-1', personId: OWNER };
const token = (scopes: string[], over: Partial<ApiTokenState> = {}): ApiTokenState => ({
  id: 'tok-1',
  name: 'Health app',
  scopes,
  sections: sectionsOfScopes(scopes),
  createdAt: '2026-11-01T00:00:00.000Z',
  endsAt: '2026-12-31T23:59:59.999Z',
  revokedAt: null,
  ...over,
});
const context = (over: Partial<AccessContext> = {}): AccessContext => ({
  actor,
  ownerId: OWNER,
  relationship: null,
  grants: [],
  sharedJournalEntryIds: [],
  sharingPaused: false,
  emergencyLinksPaused: false,
  actorSecondFactor: false,
  now: NOW,
  apiToken: token(['patient/*.rs']),
  ...over,
});

describe('decide: an app’s token', () => {
  it('reads its scopes’ sections only, never the journal, and does nothing else', () => {
    const all = decide(context());
    expect([...all.read].sort()).toEqual(
      [
        'about_me',
        'after_crisis',
        'checkins',
        'crisis_plan',
        'goals',
        'measures',
        'moving_on',
        'safety_plan',
        'staying_well',
        'support_network',
      ].sort(),
    );
    expect(all.read.has('journal')).toBe(false);
    for (const set of [all.write, all.suggest, all.comment, all.annotate, all.contribute])
      expect(set.size).toBe(0);
    expect(all.isOwner).toBe(false);
    expect(all.managesSharing).toBe(false);
    expect(all.relationshipId).toBe('tok-1');
    expect(all.withheld).toEqual({
      forMeOnly: true,
      journalEntries: new Set(),
      advanceChoiceDocument: true,
    });
    const goals = decide(context({ apiToken: token(['patient/Goal.rs']) }));
    expect([...goals.read]).toEqual(['goals']);
  });

  it('even a stored section list naming the journal does not open it', () => {
    const forged = token(['patient/*.rs'], { sections: [...SECTIONS] });
    expect(decide(context({ apiToken: forged })).read.has('journal')).toBe(false);
  });

  it('reads nothing once revoked, past its end, on another person, unknown, or while sharing is paused', () => {
    const refused: Partial<AccessContext>[] = [
      { apiToken: token(['patient/*.rs'], { revokedAt: '2026-11-28T00:00:00.000Z' }) },
      { apiToken: token(['patient/*.rs'], { endsAt: NOW }) },
      { ownerId: 'someone-else' },
      { apiToken: null },
      { apiToken: token(['patient/*.rs'], { id: 'tok-2' }) },
      { sharingPaused: true },
    ];
    for (const over of refused) {
      const decision = decide(context(over));
      expect(decision.read.size, JSON.stringify(over)).toBe(0);
      expect(decision.relationshipId, JSON.stringify(over)).toBeNull();
    }
  });
});

describe('API scopes', () => {
  it('allows read and search only', () => {
    expect(API_SCOPES).toContain('patient/Observation.rs');
    for (const scope of ['patient/Goal.write', 'patient/Goal.cruds', 'user/*.rs', 'patient/Goal.r'])
      expect(isApiScope(scope), scope).toBe(false);
  });

  it('always gives Patient, and a narrowed decision reads only the asked types’ sections', () => {
    expect([...typesOfScopes(['patient/Goal.rs'])]).toEqual(['Patient', 'Goal']);
    const all = decide(context());
    expect([...narrowToTypes(all, ['Observation']).read].sort()).toEqual(['checkins', 'measures']);
    expect([...narrowToTypes(all, ['Patient']).read]).toEqual([]);
    // A goal's steps are CarePlans: with the Goal scope too, a CarePlan search reads goals.
    expect(narrowToTypes(all, ['CarePlan']).read.has('goals')).toBe(true);
    const plansOnly = decide(context({ apiToken: token(['patient/CarePlan.rs']) }));
    expect(narrowToTypes(plansOnly, ['CarePlan']).read.has('goals')).toBe(false);
    expect(loggedSections(narrowToTypes(all, ['Patient']), ['Patient'])).toEqual([null]);
  });
});

describe('FHIR search parameters', () => {
  it('takes the declared ones and refuses others and bad values by name', () => {
    expect(
      parseSearch('Observation', { _count: '20', date: ['ge2026-11-01', 'lt2026-12-01'] }),
    ).toMatchObject({ count: 20, offset: 0 });
    const refusals: [Parameters<typeof parseSearch>, string][] = [
      [['Goal', { date: '2026-11-01' }], 'WM_FHIR_UNKNOWN_PARAMETER'],
      [['Patient', { patient: OWNER }], 'WM_FHIR_UNKNOWN_PARAMETER'],
      [['$everything', { _id: 'x' }], 'WM_FHIR_UNKNOWN_PARAMETER'],
      [['Goal', { _count: '0' }], 'WM_FHIR_BAD_PARAMETER'],
      [['Goal', { _count: '201' }], 'WM_FHIR_BAD_PARAMETER'],
      [['Goal', { _offset: '10001' }], 'WM_FHIR_BAD_PARAMETER'],
      [['Goal', { _count: ['1', '2'] }], 'WM_FHIR_BAD_PARAMETER'],
      [['Observation', { date: '2026-02-30' }], 'WM_FHIR_BAD_PARAMETER'],
      [['Observation', { date: 'soon' }], 'WM_FHIR_BAD_PARAMETER'],
    ];
    const codeOf = (args: Parameters<typeof parseSearch>) => {
      try {
        parseSearch(...args);
        return 'accepted';
      } catch (error) {
        return (error as { code?: string }).code;
      }
    };
    for (const [args, code] of refusals) expect(codeOf(args), JSON.stringify(args)).toBe(code);
  });
});
