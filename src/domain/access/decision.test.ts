import { describe, expect, it } from 'vitest';
import { ROLES } from '../auth/auth.schema.ts';
import { SECTIONS, type Section } from '../record/sections.ts';
import { type AccessContext, GRANT_LEVELS, type Grant, RELATIONSHIP_ROLES } from './context.ts';
import { decide } from './decision.ts';
import type { Actor } from './policy.ts';
import {
  authorize,
  namesScope,
  otherSection,
  showsAdvanceChoiceDocument,
  showsJournalEntry,
  showsRow,
} from './scope.ts';

const OWNER = 'owner-id';
const NOW = '2026-11-29T12:00:00.000Z';
const LATER = '2026-12-01T00:00:00.000Z';
const EARLIER = '2026-11-01T00:00:00.000Z';
const supporter: Actor = { accountId: 'jo', role: 'supporter' };

const context = (over: Partial<AccessContext> = {}): AccessContext => ({
  actor: supporter,
  ownerId: OWNER,
  relationship: { id: 'rel-1', role: 'friend', knownAs: 'Jo', endedAt: null },
  grants: [],
  sharedJournalEntryIds: [],
  sharingPaused: false,
  emergencyLinksPaused: false,
  // A confirmed second factor unless a test says otherwise ("decide: staff and their second
  // factor" below takes it away).
  actorSecondFactor: true,
  now: NOW,
  ...over,
});
const grant = (section: Section, over: Partial<Grant> = {}): Grant => ({
  section,
  level: 'view',
  endsAt: null,
  advanceChoice: false,
  ...over,
});
const sorted = (set: ReadonlySet<Section>) => [...set].sort();
const bare = (actor: Actor, ownerId = OWNER) =>
  context({ actor, ownerId, relationship: null, grants: [] });

describe('decide: the owner', () => {
  it('lets a person read and write every section of their own record, withholding nothing', () => {
    const d = decide(bare({ accountId: OWNER, role: 'person' }));
    expect(d.isOwner).toBe(true);
    expect(sorted(d.read)).toEqual([...SECTIONS].sort());
    expect(sorted(d.write)).toEqual([...SECTIONS].sort());
    expect(d.withheld).toEqual({
      forMeOnly: false,
      journalEntries: 'all',
      advanceChoiceDocument: false,
    });
  });

  it('gives the owner everything even while sharing is paused', () => {
    const d = decide({ ...bare({ accountId: OWNER, role: 'person' }), sharingPaused: true });
    expect(d.read.size).toBe(SECTIONS.length);
  });

  it('does not treat a practitioner account as the owner of a record with its own id', () => {
    const d = decide(bare({ accountId: OWNER, role: 'practitioner' }));
    expect(d.isOwner).toBe(false);
    expect(d.read.size + d.write.size + d.suggest.size).toBe(0);
  });

  it('gives a supporter account its own space and nothing of a person’s record (decision 0031)', () => {
    const d = decide(bare({ accountId: OWNER, role: 'supporter' }));
    expect(d.isOwner).toBe(true);
    expect(sorted(d.read)).toEqual(['supporter_space']);
    expect(sorted(d.write)).toEqual(['supporter_space']);
    expect(d.suggest.size).toBe(0);
    // Their space is never shared, so they have no sharing settings to manage.
    expect(d.managesSharing).toBe(false);
    for (const section of SECTIONS) expect(d.read.has(section), section).toBe(false);
  });

  it('keeps a person’s own record free of a supporter’s space, and lets only them manage sharing', () => {
    const d = decide(bare({ accountId: OWNER, role: 'person' }));
    expect(d.read.has('supporter_space')).toBe(false);
    expect(d.managesSharing).toBe(true);
  });

  it('denies a role it does not know', () => {
    const d = decide(bare({ accountId: OWNER, role: 'admin' } as unknown as Actor));
    expect(d.read.size + d.write.size).toBe(0);
  });
});

describe('decide: someone else', () => {
  it('gives any account without a relationship nothing, whatever its role', () => {
    for (const role of ROLES) {
      const d = decide(bare({ accountId: 'someone-else', role }));
      expect(d.read.size + d.write.size + d.suggest.size, role).toBe(0);
    }
  });

  it('refuses a supporter’s own space to the person they support, even with a stored grant on it', () => {
    // Sam supports nobody here: Jo (a supporter) is the owner, and Sam asks for Jo's space.
    const sam: Actor = { accountId: 'sam', role: 'person' };
    expect(decide(bare(sam, 'jo')).read.size).toBe(0);
    const granted = context({
      actor: sam,
      ownerId: 'jo',
      grants: [grant('supporter_space'), grant('goals')],
    });
    const d = decide(granted);
    expect(d.read.has('supporter_space')).toBe(false);
    expect(() => authorize(granted, 'supporter_space', 'read')).toThrow();
  });

  it('gives a relationship with no grants nothing', () => {
    const d = decide(context());
    expect(d.read.size + d.write.size + d.suggest.size).toBe(0);
  });

  it('reads exactly the sections granted, at view or suggest, and never writes', () => {
    for (const section of SECTIONS.filter((s) => s !== 'journal')) {
      for (const level of GRANT_LEVELS) {
        const d = decide(context({ grants: [grant(section, { level })] }));
        expect(sorted(d.read), `${section} ${level}`).toEqual([section]);
        expect(sorted(d.suggest), `${section} ${level}`).toEqual(
          level === 'suggest' ? [section] : [],
        );
        expect(d.write.size).toBe(0);
        expect(d.isOwner).toBe(false);
        expect(d.relationshipId).toBe('rel-1');
      }
    }
  });

  it('treats the role as part of the relationship: a person account can support someone', () => {
    for (const role of ROLES.filter((each) => each !== 'service_admin')) {
      for (const relationshipRole of RELATIONSHIP_ROLES) {
        const d = decide(
          context({
            actor: { accountId: 'jo', role },
            relationship: { id: 'r', role: relationshipRole, knownAs: 'Jo', endedAt: null },
            grants: [grant('goals')],
          }),
        );
        expect(sorted(d.read), `${role} as ${relationshipRole}`).toEqual(['goals']);
      }
    }
  });

  it('gives a service admin nothing: not with a relationship and every grant, not on their own id', () => {
    const alex: Actor = { accountId: 'alex', role: 'service_admin' };
    const everything = SECTIONS.map((section) => grant(section, { level: 'suggest' }));
    for (const relationshipRole of RELATIONSHIP_ROLES) {
      const d = decide(
        context({
          actor: alex,
          relationship: { id: 'r', role: relationshipRole, knownAs: 'Alex', endedAt: null },
          grants: everything,
          sharedJournalEntryIds: ['e1'],
        }),
      );
      expect(d.read.size + d.suggest.size + d.write.size, relationshipRole).toBe(0);
      expect(d.comment.size + d.annotate.size + d.namesOf.size, relationshipRole).toBe(0);
    }
    const own = decide(bare(alex, 'alex'));
    expect(own.read.size + own.write.size).toBe(0);
    expect(own.isOwner).toBe(false);
    expect(own.managesSharing).toBe(false);
  });

  it('gives nothing once the relationship has ended (revoked)', () => {
    const d = decide(
      context({
        relationship: { id: 'rel-1', role: 'friend', knownAs: 'Jo', endedAt: EARLIER },
        grants: [grant('crisis_plan'), grant('goals')],
        sharedJournalEntryIds: ['e1'],
      }),
    );
    expect(d.read.size + d.suggest.size).toBe(0);
  });

  it('gives nothing while sharing is paused, and everything back on resume', () => {
    const grants = [grant('crisis_plan'), grant('goals', { level: 'suggest' })];
    const paused = decide(context({ grants, sharingPaused: true, sharedJournalEntryIds: ['e1'] }));
    expect(paused.read.size + paused.suggest.size).toBe(0);
    const resumed = decide(context({ grants }));
    expect(sorted(resumed.read)).toEqual(['crisis_plan', 'goals']);
  });

  it('drops a grant at its end date and keeps one that ends later', () => {
    const d = decide(
      context({
        grants: [
          grant('goals', { endsAt: EARLIER }),
          grant('crisis_plan', { endsAt: NOW }),
          grant('staying_well', { endsAt: LATER }),
        ],
      }),
    );
    expect(sorted(d.read)).toEqual(['staying_well']);
  });

  it('keeps the journal private as a section: a grant on it gives nothing', () => {
    const d = decide(
      context({ grants: [grant('journal'), grant('journal', { level: 'suggest' })] }),
    );
    expect(d.read.has('journal')).toBe(false);
    expect(d.suggest.has('journal')).toBe(false);
  });

  it('shows only the journal entries shared one by one', () => {
    const d = decide(context({ sharedJournalEntryIds: ['e1', 'e2'] }));
    expect(sorted(d.read)).toEqual(['journal']);
    const scope = authorize(context({ sharedJournalEntryIds: ['e1', 'e2'] }), 'journal', 'read');
    expect(showsJournalEntry(scope, 'e1')).toBe(true);
    expect(showsJournalEntry(scope, 'e3')).toBe(false);
  });

  it('never shows "for me only" rows to anyone but the owner', () => {
    const scope = authorize(context({ grants: [grant('checkins')] }), 'checkins', 'read');
    expect(showsRow(scope, { forMeOnly: true })).toBe(false);
    expect(showsRow(scope, { forMeOnly: false })).toBe(true);
    const own = authorize(bare({ accountId: OWNER, role: 'person' }), 'checkins', 'read');
    expect(showsRow(own, { forMeOnly: true })).toBe(true);
  });

  it('sends the advance choice document only with a crisis plan grant that says so', () => {
    const without = authorize(context({ grants: [grant('crisis_plan')] }), 'crisis_plan', 'read');
    expect(showsAdvanceChoiceDocument(without)).toBe(false);
    const withIt = authorize(
      context({ grants: [grant('crisis_plan', { advanceChoice: true })] }),
      'crisis_plan',
      'read',
    );
    expect(showsAdvanceChoiceDocument(withIt)).toBe(true);
    // The flag on another section's grant means nothing.
    const elsewhere = decide(
      context({ grants: [grant('crisis_plan'), grant('goals', { advanceChoice: true })] }),
    );
    expect(elsewhere.withheld.advanceChoiceDocument).toBe(true);
    // Nor does an ended crisis plan grant.
    const ended = decide(
      context({ grants: [grant('crisis_plan', { advanceChoice: true, endsAt: EARLIER })] }),
    );
    expect(ended.withheld.advanceChoiceDocument).toBe(true);
  });
});

describe('decide: staff and their second factor (decision 0039)', () => {
  const everything = SECTIONS.map((section) => grant(section, { level: 'suggest' }));
  const shared = (actor: Actor, actorSecondFactor: boolean) =>
    decide(
      context({
        actor,
        relationship: { id: 'r', role: 'practitioner', knownAs: 'Priya', endedAt: null },
        grants: everything,
        sharedJournalEntryIds: ['e1'],
        actorSecondFactor,
      }),
    );
  const total = (d: ReturnType<typeof decide>) =>
    d.read.size +
    d.suggest.size +
    d.write.size +
    d.comment.size +
    d.annotate.size +
    d.contribute.size +
    d.namesOf.size;

  it('gives a practitioner without a confirmed second factor nothing, whatever the person shared', () => {
    const d = shared({ accountId: 'priya', role: 'practitioner' }, false);
    expect(total(d)).toBe(0);
    expect(d.relationshipId).toBeNull();
    expect(d.withheld.journalEntries).toEqual(new Set());
    expect(() =>
      authorize(
        context({
          actorSecondFactor: false,
          actor: { accountId: 'priya', role: 'practitioner' },
          grants: everything,
        }),
        'goals',
        'read',
      ),
    ).toThrow();
  });

  it('gives the same practitioner what was shared once the second factor is confirmed', () => {
    const d = shared({ accountId: 'priya', role: 'practitioner' }, true);
    expect(d.read.has('goals')).toBe(true);
    expect(d.read.has('journal')).toBe(true);
    expect(d.relationshipId).toBe('r');
  });

  it('leaves people and supporters alone: they are not asked for a second factor', () => {
    for (const role of ['person', 'supporter'] as const) {
      const d = shared({ accountId: 'jo', role }, false);
      expect(d.read.has('goals'), role).toBe(true);
      const own = decide({ ...bare({ accountId: 'jo', role }, 'jo'), actorSecondFactor: false });
      expect(own.isOwner, role).toBe(true);
    }
  });

  it('gives a service admin nothing with or without one', () => {
    for (const on of [true, false])
      expect(total(shared({ accountId: 'alex', role: 'service_admin' }, on))).toBe(0);
  });
});

describe('decide: an emergency link', () => {
  const link: Actor = { kind: 'emergency_link', linkId: 'link-1', personId: OWNER };

  it('reads only the crisis plan and support network of the person who made it', () => {
    const d = decide(bare(link));
    expect(sorted(d.read)).toEqual(['crisis_plan', 'support_network']);
    expect(d.write.size + d.suggest.size).toBe(0);
    expect(d.withheld.advanceChoiceDocument).toBe(true);
    expect(d.withheld.forMeOnly).toBe(true);
    expect(decide(bare(link, 'another-person')).read.size).toBe(0);
  });

  it('stops when the person paused emergency links with sharing, not when only sharing is paused', () => {
    expect(decide({ ...bare(link), sharingPaused: true }).read.size).toBe(2);
    expect(
      decide({ ...bare(link), sharingPaused: true, emergencyLinksPaused: true }).read.size,
    ).toBe(0);
  });
});

describe('scopes built from a decision', () => {
  it('refuses with the 404 of a missing record, and opens other sections only under the same decision', () => {
    const c = context({ grants: [grant('crisis_plan')] });
    expect(() => authorize(c, 'goals', 'read')).toThrow(
      expect.objectContaining({ code: 'WM_NOT_FOUND' }),
    );
    expect(() => authorize(c, 'crisis_plan', 'write')).toThrow(
      expect.objectContaining({ code: 'WM_NOT_FOUND' }),
    );
    const plan = authorize(c, 'crisis_plan', 'read');
    expect(() => otherSection(plan, 'support_network', 'read')).toThrow(
      expect.objectContaining({ code: 'WM_NOT_FOUND' }),
    );
    expect(plan.personId).toBe(OWNER);
  });
});

describe('decide: names that label what is shown', () => {
  it('lets whoever sees check-ins read the names of life areas, and nothing else of goals', () => {
    const d = decide(context({ grants: [grant('checkins')] }));
    expect(sorted(d.namesOf)).toEqual(['goals']);
    const scope = authorize(context({ grants: [grant('checkins')] }), 'checkins', 'read');
    expect(namesScope(scope, 'goals').section).toBe('goals');
    expect(() => otherSection(scope, 'goals', 'read')).toThrow();
    expect(() => namesScope(scope, 'about_me')).toThrow();
  });

  it('gives no names to someone without check-ins, nor after the grant ends', () => {
    expect(decide(context({ grants: [grant('crisis_plan')] })).namesOf.size).toBe(0);
    const ended = context({ grants: [grant('checkins', { endsAt: EARLIER })] });
    expect(decide(ended).namesOf.size).toBe(0);
  });
});

describe('decide: beside the record (decision 0030)', () => {
  it('lets whoever reads goals comment on them, the owner too, and nobody else', () => {
    const owner = context({ actor: { accountId: OWNER, role: 'person' }, relationship: null });
    expect(sorted(decide(owner).comment)).toEqual(['goals']);
    expect(sorted(decide(context({ grants: [grant('goals')] })).comment)).toEqual(['goals']);
    const suggesting = context({ grants: [grant('goals', { level: 'suggest' })] });
    expect(sorted(decide(suggesting).comment)).toEqual(['goals']);
    expect(decide(context({ grants: [grant('crisis_plan')] })).comment.size).toBe(0);
    expect(decide(context({ grants: [grant('goals')], sharingPaused: true })).comment.size).toBe(0);
    const ended = context({ grants: [grant('goals', { endsAt: EARLIER })] });
    expect(decide(ended).comment.size).toBe(0);
  });

  it('lets only someone with suggest on a plan or check-ins record a view beside it, never the owner', () => {
    const owner = context({ actor: { accountId: OWNER, role: 'person' }, relationship: null });
    expect(decide(owner).annotate.size).toBe(0);
    const grants = [
      grant('staying_well', { level: 'suggest' }),
      grant('checkins', { level: 'suggest' }),
      grant('goals', { level: 'suggest' }),
      grant('crisis_plan'),
    ];
    expect(sorted(decide(context({ grants })).annotate)).toEqual(['checkins', 'staying_well']);
    expect(decide(context({ grants, sharingPaused: true })).annotate.size).toBe(0);
    const scope = authorize(context({ grants }), 'staying_well', 'annotate');
    expect(scope.action).toBe('annotate');
    expect(() => authorize(context({ grants }), 'crisis_plan', 'annotate')).toThrow();
  });

  it('lets the owner and someone with suggest on reviews work on them together, nobody else (decision 0043)', () => {
    const owner = context({ actor: { accountId: OWNER, role: 'person' }, relationship: null });
    expect(sorted(decide(owner).contribute)).toEqual(['reviews']);
    const priya: Actor = { accountId: 'priya', role: 'practitioner' };
    const suggesting = context({ actor: priya, grants: [grant('reviews', { level: 'suggest' })] });
    expect(sorted(decide(suggesting).contribute)).toEqual(['reviews']);
    expect(authorize(suggesting, 'reviews', 'contribute').action).toBe('contribute');
    // The ratings and the decisions on actions stay the person's: no write for Priya.
    expect(() => authorize(suggesting, 'reviews', 'write')).toThrow();
    const viewing = context({ actor: priya, grants: [grant('reviews')] });
    expect(decide(viewing).contribute.size).toBe(0);
    expect(authorize(viewing, 'reviews', 'read').action).toBe('read');
    expect(
      decide(context({ grants: [grant('goals', { level: 'suggest' })] })).contribute.size,
    ).toBe(0);
    const paused = context({
      actor: priya,
      grants: [grant('reviews', { level: 'suggest' })],
      sharingPaused: true,
    });
    expect(decide(paused).contribute.size).toBe(0);
  });
});
