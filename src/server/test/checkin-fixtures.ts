// Fixture factories and helpers for check-ins, life-area ratings and the journal.
import type { Store } from '../store/db.ts';

export const aCheckin = (overrides: Record<string, unknown> = {}) => ({
  takenAt: '2026-11-25T08:30:00+00:00',
  scores: { mood: 4, hope: 5, sleep: 3 },
  note: 'Slept badly but the walk helped.',
  forMeOnly: false,
  ...overrides,
});

export const aJournalEntry = (overrides: Record<string, unknown> = {}) => ({
  date: '2026-11-24',
  mood: 4,
  text: 'Sat by the canal for an hour. The heron came back.',
  ...overrides,
});

export const checkinUrls = (personId: string) => {
  const base = `/api/people/${personId}`;
  return {
    settings: `${base}/checkin-settings`,
    checkins: `${base}/checkins`,
    checkin: (id: string) => `${base}/checkins/${id}`,
    series: `${base}/checkins/series`,
    ratings: `${base}/life-area-ratings`,
    rating: (id: string) => `${base}/life-area-ratings/${id}`,
    due: `${base}/due`,
    journal: `${base}/journal`,
    entry: (id: string) => `${base}/journal/${id}`,
    stayingWell: `${base}/staying-well-plan`,
    crisisPlan: `${base}/crisis-plan`,
  };
};

/** Every stored check-in row and revision of a person, to prove a refusal changed nothing. */
export async function checkinSnapshot(store: Store, personId: string) {
  const checkins = await store.db
    .selectFrom('checkin')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute();
  const revisions = await store.db
    .selectFrom('checkin_revision')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('checkin_id')
    .orderBy('version')
    .execute();
  return { checkins, revisions };
}

export async function journalSnapshot(store: Store, personId: string) {
  const entries = await store.db
    .selectFrom('journal_entry')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute();
  const revisions = await store.db
    .selectFrom('journal_revision')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('entry_id')
    .orderBy('version')
    .execute();
  return { entries, revisions };
}
