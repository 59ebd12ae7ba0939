// What a questionnaire is, said to the person about to fill it in: what it asks about and how
// long it takes, in plain words rather than the clinical description in the measure's file.
// Our own words for the measures we ship; a measure a service added keeps its own description.
import '../i18n/measures-about.messages.ts';
import { type MessageKey, t } from '../i18n/translate.ts';

export type AboutForPerson = { about: string; time: string | null };

type Shipped = { words: MessageKey; count: number; minutes: number; statements?: true };

/** Each measure we ship: its words, how many items it has, and about how long it takes. */
const SHIPPED: Record<string, Shipped> = {
  'phq-9': { words: 'measureAbout.phq-9', count: 10, minutes: 3 },
  'gad-7': { words: 'measureAbout.gad-7', count: 8, minutes: 2 },
  'qpr-15': { words: 'measureAbout.qpr-15', count: 15, minutes: 5, statements: true },
  swemwbs: { words: 'measureAbout.wellbeing', count: 7, minutes: 2, statements: true },
  wemwbs: { words: 'measureAbout.wellbeing', count: 14, minutes: 4, statements: true },
  'reqol-10': { words: 'measureAbout.reqol', count: 10, minutes: 3 },
  'reqol-20': { words: 'measureAbout.reqol', count: 20, minutes: 5 },
};

export function aboutForPerson(id: string, description: string | undefined): AboutForPerson {
  const shipped = SHIPPED[id];
  if (!shipped) return { about: description ?? t('measureAbout.imported'), time: null };
  const { words, count, minutes, statements } = shipped;
  return {
    about: t(words),
    time: t(statements ? 'measureAbout.statements' : 'measureAbout.questions', { count, minutes }),
  };
}
