// The request and answer of "add life areas from a framing" (POST …/life-areas/framings), shared
// by the server and the chooser on the life areas page.
import '../i18n/framings.messages.ts';
import { say } from '../i18n/said.ts';
import { z } from '../validation.ts';
import { FRAMING_IDS, framingById, MAX_FRAMING_AREAS } from './life-area-framings.ts';
import { itemOf, lifeAreaSchema } from './record.schema.ts';

const areaKey = z.string().max(40);

export const applyFramingSchema = z
  .strictObject({
    framing: z.enum(FRAMING_IDS, { error: () => say('framing.error.unknown') }),
    /** Keys of the framing's areas to add (life-area-framings.ts). */
    areas: z
      .array(areaKey)
      .min(1, { error: () => say('framing.chooser.noneChosen') })
      .max(MAX_FRAMING_AREAS),
    /**
     * Use these instead of the areas the record started with: allowed only while those are
     * untouched and nothing points at them (else 409 WM_LIFE_AREAS_IN_USE).
     */
    instead: z.boolean().default(false),
  })
  .superRefine((value, context) => {
    const framing = framingById(value.framing);
    const seen = new Set<string>();
    value.areas.forEach((key, index) => {
      if (!framing.areas.some((area) => area.key === key))
        context.addIssue({
          code: 'custom',
          path: ['areas', index],
          message: say('framing.error.unknownArea'),
        });
      else if (seen.has(key))
        context.addIssue({
          code: 'custom',
          path: ['areas', index],
          message: say('framing.error.repeated'),
        });
      seen.add(key);
    });
  });
export type ApplyFraming = z.input<typeof applyFramingSchema>;

const lifeAreaItem = itemOf(lifeAreaSchema);

export const appliedFramingSchema = z.object({
  /** The life areas added, in the framing's order. */
  added: z.array(lifeAreaItem),
  /** Chosen areas not added because one of the same name was already there. */
  alreadyThere: z.array(z.object({ key: z.string(), name: z.string() })),
  /** The starting areas taken away (`instead`); their history is kept. */
  removed: z.array(lifeAreaItem),
});
export type AppliedFraming = z.infer<typeof appliedFramingSchema>;
