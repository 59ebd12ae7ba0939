import { describe, expect, it } from 'vitest';
import { ROLES } from '../auth/auth.schema.ts';
import { SECTIONS } from '../record/sections.ts';
import { type Action, type Actor, isAllowed } from './policy.ts';

const OWNER = 'owner-id';
const ACTIONS: Action[] = ['read', 'write'];
const everyRequest = (actor: Actor, ownerId = OWNER) =>
  SECTIONS.flatMap((section) => ACTIONS.map((action) => ({ actor, ownerId, section, action })));

describe('The access policy', () => {
  it('lets a person read and write every section of their own record', () => {
    for (const request of everyRequest({ accountId: OWNER, role: 'person' })) {
      expect(isAllowed(request), `${request.action} ${request.section}`).toBe(true);
    }
  });

  it("lets nobody else read or write any section of a person's record", () => {
    for (const role of ROLES) {
      for (const request of everyRequest({ accountId: 'someone-else', role })) {
        expect(isAllowed(request), `${role} ${request.action} ${request.section}`).toBe(false);
      }
    }
  });

  it('does not treat a supporter or practitioner as the owner of a record with their own id', () => {
    for (const role of ROLES.filter((r) => r !== 'person')) {
      for (const request of everyRequest({ accountId: OWNER, role })) {
        expect(isAllowed(request), `${role} ${request.action} ${request.section}`).toBe(false);
      }
    }
  });

  it('denies a role it does not know', () => {
    const actor = { accountId: OWNER, role: 'admin' } as unknown as Actor;
    expect(everyRequest(actor).some(isAllowed)).toBe(false);
  });

  it('lets an emergency link read only the crisis plan and support network of the person who made it', () => {
    const link: Actor = { kind: 'emergency_link', linkId: 'link-1', personId: OWNER };
    const allowed = everyRequest(link)
      .filter(isAllowed)
      .map((r) => `${r.action} ${r.section}`);
    expect(allowed.sort()).toEqual(['read crisis_plan', 'read support_network']);
    expect(everyRequest(link, 'another-person').some(isAllowed)).toBe(false);
  });
});
