// Sam and Jo working together in the demo: Jo may suggest on goals and the staying-well plan,
// has suggested a new step on the allotment goal (waiting on Sam's Suggestions page, and in
// Sam's notifications) and left a word of encouragement on the walking goal. Written through
// the same access decision and services as Jo's own requests would be.
import type { Action, Actor } from '../../../domain/access/policy.ts';
import { authorize } from '../../../domain/access/scope.ts';
import type { Goal } from '../../../domain/record/record.schema.ts';
import type { Section } from '../../../domain/record/sections.ts';
import type { CollaborationService } from '../collaboration/collaboration.service.ts';
import type { RecordService } from '../record/record.service.ts';
import type { AccessContextLoader } from '../sharing/access-context.ts';
import type { SuggestionService } from '../suggestions/suggestions.service.ts';
import type { DemoGoals } from './demo-record.ts';

export type TogetherServices = {
  contextFor: AccessContextLoader;
  records: RecordService;
  suggestions: SuggestionService;
  collaboration: CollaborationService;
};

export async function seedWorkingTogether(
  services: TogetherServices,
  at: { samId: string; joId: string; goals: DemoGoals },
): Promise<void> {
  const jo: Actor = { accountId: at.joId, role: 'supporter' };
  const asJo = async (section: Section, action: Action) =>
    authorize(await services.contextFor(jo, at.samId), section, action);

  const allotment = await services.records.get<Goal>(
    await asJo('goals', 'read'),
    'goal',
    at.goals.allotment,
  );
  await services.suggestions.suggest(await asJo('goals', 'suggest'), 'goal', {
    itemId: allotment.id,
    baseVersion: allotment.version,
    data: {
      ...allotment.data,
      steps: [
        ...allotment.data.steps,
        { id: 'step-jo', text: 'Ask Mum for seeds from her greenhouse', done: false },
      ],
    },
  });
  await services.collaboration.addComment(await asJo('goals', 'comment'), at.goals.walking, {
    text: 'Five days in a week is brilliant. Proud of you.',
  });
}
