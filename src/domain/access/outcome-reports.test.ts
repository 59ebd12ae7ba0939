import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../auth/auth.schema.ts';
import { decideOutcomeReport, type ReportStaff } from './outcome-reports.ts';
import type { Actor } from './policy.ts';

const SERVICE = 'riverside';
const OTHER_SERVICE = 'hillside';
const TEAMS = ['crisis', 'recovery', 'archived-team'];

const admin = (over: Partial<ReportStaff> = {}): ReportStaff => ({
  actor: { accountId: 'ada', role: 'service_admin' },
  adminOf: SERVICE,
  leads: [],
  secondFactor: true,
  ...over,
});
const lead = (over: Partial<ReportStaff> = {}): ReportStaff => ({
  actor: { accountId: 'priya', role: 'practitioner' },
  adminOf: null,
  leads: [{ teamId: 'crisis', serviceId: SERVICE }],
  secondFactor: true,
  ...over,
});
const whole = { serviceId: SERVICE, teamId: null };
const team = (teamId: string, serviceId = SERVICE) => ({ serviceId, teamId });

describe('decideOutcomeReport: a service admin', () => {
  it('reads the whole service, every team of it counted, archived ones too', () => {
    expect(decideOutcomeReport(admin(), whole, TEAMS)).toEqual({
      allowed: true,
      scope: { serviceId: SERVICE, teamIds: TEAMS },
      as: 'service_admin',
    });
  });

  it('reads any one team of the service', () => {
    for (const teamId of TEAMS)
      expect(decideOutcomeReport(admin(), team(teamId), TEAMS)).toEqual({
        allowed: true,
        scope: { serviceId: SERVICE, teamIds: [teamId] },
        as: 'service_admin',
      });
  });

  it('is refused, as for nothing there, a team outside the service and another service', () => {
    const refused = { allowed: false, refusal: 'not_found' };
    expect(decideOutcomeReport(admin(), team('elsewhere'), TEAMS)).toEqual(refused);
    expect(decideOutcomeReport(admin(), { serviceId: OTHER_SERVICE, teamId: null }, [])).toEqual(
      refused,
    );
    expect(decideOutcomeReport(admin(), team('crisis', OTHER_SERVICE), ['crisis'])).toEqual(
      refused,
    );
    // An admin whose account or service is turned off runs no service.
    expect(decideOutcomeReport(admin({ adminOf: null }), whole, TEAMS)).toEqual(refused);
  });

  it('is asked for a second factor before reading anything', () => {
    expect(decideOutcomeReport(admin({ secondFactor: false }), whole, TEAMS)).toEqual({
      allowed: false,
      refusal: 'second_factor_required',
    });
  });
});

describe('decideOutcomeReport: a team lead', () => {
  it('reads the team they lead', () => {
    expect(decideOutcomeReport(lead(), team('crisis'), TEAMS)).toEqual({
      allowed: true,
      scope: { serviceId: SERVICE, teamIds: ['crisis'] },
      as: 'team_lead',
    });
  });

  it('is refused the whole service, a team they do not lead, and another service’s team of the same id', () => {
    const refused = { allowed: false, refusal: 'not_found' };
    expect(decideOutcomeReport(lead(), whole, TEAMS)).toEqual(refused);
    expect(decideOutcomeReport(lead(), team('recovery'), TEAMS)).toEqual(refused);
    expect(decideOutcomeReport(lead(), team('crisis', OTHER_SERVICE), ['crisis'])).toEqual(refused);
    // A lead's team that is not (or no longer) the service's.
    expect(decideOutcomeReport(lead(), team('crisis'), ['recovery'])).toEqual(refused);
  });

  it('is asked for a second factor before reading anything', () => {
    expect(decideOutcomeReport(lead({ secondFactor: false }), team('crisis'), TEAMS)).toEqual({
      allowed: false,
      refusal: 'second_factor_required',
    });
  });
});

describe('decideOutcomeReport: everyone else', () => {
  it('refuses a practitioner who leads nothing, as for nothing there', () => {
    for (const request of [whole, team('crisis'), team('recovery')])
      expect(decideOutcomeReport(lead({ leads: [] }), request, TEAMS)).toEqual({
        allowed: false,
        refusal: 'not_found',
      });
  });

  it('refuses people, supporters, emergency links and apps, whatever the store says of them', () => {
    const actors: Actor[] = [
      { accountId: 'sam', role: 'person' },
      { accountId: 'jo', role: 'supporter' },
      { kind: 'emergency_link', linkId: 'l', personId: 'sam' },
      { kind: 'api_token', tokenId: 'k', personId: 'sam' },
    ];
    for (const actor of actors)
      for (const request of [whole, team('crisis')])
        expect(
          decideOutcomeReport(
            {
              actor,
              adminOf: SERVICE,
              leads: [{ teamId: 'crisis', serviceId: SERVICE }],
              secondFactor: true,
            },
            request,
            TEAMS,
          ),
        ).toEqual({ allowed: false, refusal: 'not_found' });
  });

  it('never allows more than one team to anyone but the service’s own admin, nor a team outside the service', () => {
    const teamIds = fc.constantFrom('crisis', 'recovery', 'elsewhere');
    fc.assert(
      fc.property(
        fc.constantFrom<Role>(...ROLES),
        fc.option(fc.constantFrom(SERVICE, OTHER_SERVICE), { nil: null }),
        fc.array(
          fc.record({ teamId: teamIds, serviceId: fc.constantFrom(SERVICE, OTHER_SERVICE) }),
          {
            maxLength: 3,
          },
        ),
        fc.boolean(),
        fc.constantFrom(SERVICE, OTHER_SERVICE),
        fc.option(teamIds, { nil: null }),
        (role, adminOf, leads, secondFactor, serviceId, teamId) => {
          const serviceTeams = serviceId === SERVICE ? ['crisis', 'recovery'] : ['elsewhere'];
          const decision = decideOutcomeReport(
            { actor: { accountId: 'x', role }, adminOf, leads, secondFactor },
            { serviceId, teamId },
            serviceTeams,
          );
          if (!decision.allowed) return;
          expect(secondFactor).toBe(true);
          expect(decision.scope.serviceId).toBe(serviceId);
          for (const id of decision.scope.teamIds) expect(serviceTeams).toContain(id);
          if (decision.as === 'service_admin') {
            expect(role).toBe('service_admin');
            expect(adminOf).toBe(serviceId);
          } else {
            expect(role).toBe('practitioner');
            expect(decision.scope.teamIds).toEqual([teamId]);
            expect(leads).toContainEqual({ teamId, serviceId });
          }
        },
      ),
    );
  });
});
