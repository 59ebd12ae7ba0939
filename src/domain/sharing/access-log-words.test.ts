import { describe, expect, it } from 'vitest';
import type { AccessLogEntryView } from './access-log.schema.ts';
import { entrySentence, roleWord, whoWords } from './access-log-words.ts';

const entry = (overrides: Partial<AccessLogEntryView>): AccessLogEntryView => ({
  seq: 1,
  at: '2026-03-03T14:02:00.000Z',
  who: { kind: 'someone', name: 'Jo', role: 'carer' },
  relationshipId: 'r1',
  what: 'viewed',
  section: 'crisis_plan',
  ...overrides,
});

describe('The access log in plain words', () => {
  it('names who did what with which part', () => {
    expect(entrySentence(entry({}))).toBe('Jo (carer) viewed your crisis plan');
    expect(
      entrySentence(entry({ who: { kind: 'emergency_link', name: '', role: 'emergency_link' } })),
    ).toBe('Someone with your emergency link viewed your crisis plan');
    // An app reading through a key the person gave it (decision 0049), by the name they gave.
    const app = { kind: 'app' as const, name: 'Health app', role: 'api_token' };
    expect(entrySentence(entry({ who: app, section: 'goals' }))).toBe(
      'Health app (app) viewed your goals',
    );
    expect(entrySentence(entry({ who: app, section: null }))).toBe(
      'Health app (app) viewed your record',
    );
    expect(roleWord('api_token')).toBe('app');
    const people = [{ relationshipId: 'r1', name: 'Jo', role: 'carer' }];
    expect(
      entrySentence(
        entry({
          who: { kind: 'you', name: '', role: 'owner' },
          what: 'access_revoked',
          section: null,
        }),
        people,
      ),
    ).toBe('You ended sharing with Jo');
  });

  it('says a view was taken back, and where, without its words', () => {
    expect(entrySentence(entry({ what: 'annotation_deleted', section: 'safety_plan' }))).toBe(
      'Jo (carer) took back their view beside your safety plan',
    );
  });

  it('still reads sensibly for a role, event or name it does not know', () => {
    expect(roleWord('health_visitor')).toBe('health visitor');
    expect(entrySentence(entry({ what: 'suggestion_made', section: null }))).toBe(
      'Jo (carer): suggestion made',
    );
    expect(whoWords(entry({ who: { kind: 'someone', name: '', role: 'friend' } }))).toBe(
      'Someone you share with (friend)',
    );
  });
});
