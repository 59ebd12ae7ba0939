// Years of a person's check-ins behind the chart page ("How I'm doing"), made through the API:
// a daily check-in of three scales, weekly life-area ratings and a monthly PHQ-9. About 2,000
// requests for five years; sent four at a time they take seconds, so the store is not needed.
import zlib from 'node:zlib';
import { builtInMeasure } from '../src/domain/measures/built-in.ts';
import { responseFor } from '../src/domain/measures/test-support.ts';
import { type Account, expect, inParallel, recordPath, send, writeHeaders } from './http-client.ts';

const DAY_MS = 86_400_000;

export async function seedChart(
  origin: string,
  person: Account,
  years: number,
  log: (line: string) => void,
): Promise<{ points: number; jsonBytes: number; sentBytes: number }> {
  const began = performance.now();
  const write = writeHeaders(person);
  const days = Math.round(years * 365.25);
  const start = Date.now() - days * DAY_MS;
  const dayNumbers = Array.from({ length: days }, (_, day) => day);

  await inParallel(dayNumbers, 4, async (day) => {
    const wave = Math.sin(day / 20);
    await expect(201, recordPath(origin, person, '/checkins'), {
      method: 'POST',
      headers: write,
      body: {
        takenAt: new Date(start + day * DAY_MS + 8 * 3_600_000).toISOString(),
        scores: {
          mood: 4 + Math.round(wave * 2),
          hope: 4 + Math.round(Math.cos(day / 30) * 2),
          sleep: 1 + (day % 7),
        },
        note: day % 10 === 0 ? 'A note about why I scored this.' : '',
        forMeOnly: day % 13 === 0,
      },
    });
  });

  const areas = await expect<{ items: { id: string }[] }>(
    200,
    recordPath(origin, person, '/life-areas'),
    { headers: { cookie: person.cookie } },
  );
  const areaIds = areas.json.items.map((area) => area.id);
  const phq9 = builtInMeasure('phq-9');
  const weeks = dayNumbers.filter((day) => day % 7 === 0);
  await inParallel(weeks, 4, async (day) => {
    await expect(201, recordPath(origin, person, '/life-area-ratings'), {
      method: 'POST',
      headers: write,
      body: {
        date: new Date(start + day * DAY_MS).toISOString().slice(0, 10),
        ratings: areaIds.map((lifeAreaId, i) => ({
          lifeAreaId,
          score: 1 + ((day / 7 + i) % 7),
          wantHelp: i === 0,
        })),
      },
    });
    if (day % 28 !== 0) return;
    const given = Object.fromEntries(
      Array.from({ length: 9 }, (_, i) => [`phq9-${i + 1}`, { score: (day / 28 + i) % 4 }]),
    );
    await expect(201, recordPath(origin, person, '/measure-responses'), {
      method: 'POST',
      headers: write,
      body: {
        measureId: 'phq-9',
        response: {
          ...responseFor(phq9, given),
          authored: new Date(start + day * DAY_MS + 9 * 3_600_000).toISOString(),
        },
      },
    });
  });

  // The answer as a browser gets it: its size on the wire and as JSON.
  const answer = await send(recordPath(origin, person, '/checkins/series'), {
    headers: { cookie: person.cookie, 'accept-encoding': 'br' },
  });
  const json =
    answer.headers['content-encoding'] === 'br'
      ? zlib.brotliDecompressSync(answer.body)
      : answer.body;
  const scales = (JSON.parse(json.toString('utf8')) as { scales: { points: unknown[] }[] }).scales;
  const points = scales.reduce((sum, scale) => sum + scale.points.length, 0);
  log(
    `  chart: ${days} daily check-ins, ${weeks.length} weekly life-area ratings and monthly ` +
      `PHQ-9s over ${years} years in ${((performance.now() - began) / 1000).toFixed(1)} s`,
  );
  return { points, jsonBytes: json.length, sentBytes: answer.body.length };
}
