// The measure library tells the person what each questionnaire is in plain words, beside the
// clinical description kept for services; and says which ones cannot be filled in yet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';

describe.each(DIALECTS)('Questionnaires said to the person on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
  });
  afterAll(() => t.close());

  type Summary = {
    id: string;
    description?: string;
    needsWording: boolean;
    forPerson: { about: string; time: string | null };
  };

  it('gives each measure plain words and the time it takes, and keeps the clinical description', async () => {
    const list = await sam.request({ method: 'GET', url: '/api/measures' });
    const items = list.json().items as Summary[];
    const phq9 = items.find((m) => m.id === 'phq-9');
    expect(phq9?.forPerson).toEqual({
      about:
        'How you have been feeling over the last 2 weeks: your mood, sleep, energy, and how much you enjoy things.',
      time: '10 questions. About 3 minutes.',
    });
    expect(phq9?.description).toMatch(/depression symptoms/);
    for (const measure of items) expect(measure.forPerson.about, measure.id).not.toBe('');
    const one = await sam.request({ method: 'GET', url: '/api/measures/qpr-15' });
    expect(one.json().forPerson.time).toBe('15 statements. About 5 minutes.');
  });

  it('keeps the licensed skeletons in the library, marked as needing their wording', async () => {
    const items = (await sam.request({ method: 'GET', url: '/api/measures' })).json()
      .items as Summary[];
    const waiting = items.filter((m) => m.needsWording).map((m) => m.id);
    expect(waiting.sort()).toEqual(['reqol-10', 'reqol-20', 'swemwbs', 'wemwbs']);
  });
});
