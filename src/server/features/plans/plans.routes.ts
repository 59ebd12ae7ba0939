// The staying-well plan, crisis plan, safety plan, after-a-crisis notes and moving-on plan: one
// document each per person, with revisions, conflicts and restore from the shared document routes.
import type { FastifyInstance } from 'fastify';
import { type RecordScope, showsAdvanceChoiceDocument } from '../../../domain/access/scope.ts';
import {
  afterCrisisSchema,
  type CrisisPlan,
  crisisPlanSchema,
  EMPTY_AFTER_CRISIS,
  EMPTY_CRISIS_PLAN,
  EMPTY_MOVING_ON,
  EMPTY_SAFETY_PLAN,
  EMPTY_STAYING_WELL,
  type MovingOnPlan,
  movingOnSchema,
  type SafetyPlan,
  safetyPlanSchema,
  stayingWellSchema,
} from '../../../domain/record/plans.schema.ts';
import type { AttachmentService } from '../attachments/attachments.service.ts';
import { registerDocumentRoutes } from '../record/document.routes.ts';
import type { RecordService } from '../record/record.service.ts';
import { type ContactReference, checkContactReferences } from '../support-network/contacts.ts';

const base = '/api/people/:personId';

function crisisPlanReferences(plan: CrisisPlan): ContactReference[] {
  const references = plan.wantInvolved.map((entry, index) => ({
    field: `wantInvolved.${index}.contactId`,
    contactId: entry.contactId,
  }));
  if (plan.nominatedPersonContactId) {
    references.push({
      field: 'nominatedPersonContactId',
      contactId: plan.nominatedPersonContactId,
    });
  }
  return references;
}

function safetyPlanReferences(plan: SafetyPlan): ContactReference[] {
  return [
    ...plan.peopleToAsk.map((entry, index) => ({
      field: `peopleToAsk.${index}.contactId`,
      contactId: entry.contactId,
    })),
    ...plan.professionals.map((entry, index) => ({
      field: `professionals.${index}.contactId`,
      contactId: entry.contactId,
    })),
  ];
}

function movingOnReferences(plan: MovingOnPlan): ContactReference[] {
  return plan.contacts.map((entry, index) => ({
    field: `contacts.${index}.contactId`,
    contactId: entry.contactId,
  }));
}

export function registerPlanRoutes(
  app: FastifyInstance,
  records: RecordService,
  attachments: AttachmentService,
): void {
  registerDocumentRoutes(app, records, {
    path: `${base}/staying-well-plan`,
    kind: 'staying_well',
    section: 'staying_well',
    schema: stayingWellSchema,
    empty: EMPTY_STAYING_WELL,
    agreed: true,
  });

  registerDocumentRoutes(app, records, {
    path: `${base}/crisis-plan`,
    kind: 'crisis_plan',
    section: 'crisis_plan',
    schema: crisisPlanSchema,
    empty: EMPTY_CRISIS_PLAN,
    agreed: true,
    check: async (scope: RecordScope, plan: CrisisPlan) => {
      await checkContactReferences(records, scope, crisisPlanReferences(plan));
      if (plan.advanceChoiceDocumentId) {
        await attachments.requireOwn(
          scope,
          'advance_choice',
          plan.advanceChoiceDocumentId,
          'advanceChoiceDocumentId',
        );
      }
    },
    removedFiles: (scope: RecordScope, plan: CrisisPlan) =>
      attachments.removedAmong(
        scope,
        'advance_choice',
        plan.advanceChoiceDocumentId ? [plan.advanceChoiceDocumentId] : [],
      ),
    // The advance choice document goes only where the person said.
    shown: (scope: RecordScope, plan: CrisisPlan) =>
      showsAdvanceChoiceDocument(scope) ? plan : { ...plan, advanceChoiceDocumentId: null },
  });

  registerDocumentRoutes(app, records, {
    path: `${base}/safety-plan`,
    kind: 'safety_plan',
    section: 'safety_plan',
    schema: safetyPlanSchema,
    empty: EMPTY_SAFETY_PLAN,
    agreed: true,
    check: async (scope: RecordScope, plan: SafetyPlan) => {
      await checkContactReferences(records, scope, safetyPlanReferences(plan));
      for (const [index, photoId] of plan.reasonPhotoIds.entries()) {
        await attachments.requireOwn(scope, 'reason_photo', photoId, `reasonPhotoIds.${index}`);
      }
    },
    removedFiles: (scope: RecordScope, plan: SafetyPlan) =>
      attachments.removedAmong(scope, 'reason_photo', plan.reasonPhotoIds),
  });

  registerDocumentRoutes(app, records, {
    path: `${base}/after-crisis`,
    kind: 'after_crisis',
    section: 'after_crisis',
    schema: afterCrisisSchema,
    empty: EMPTY_AFTER_CRISIS,
    agreed: true,
  });
  // The person's own plan for leaving a service: nothing about a service connection touches it.
  registerDocumentRoutes(app, records, {
    path: `${base}/moving-on-plan`,
    kind: 'moving_on',
    section: 'moving_on',
    schema: movingOnSchema,
    empty: EMPTY_MOVING_ON,
    agreed: true,
    check: (scope: RecordScope, plan: MovingOnPlan) =>
      checkContactReferences(records, scope, movingOnReferences(plan)),
  });
}
