// One person's check-ins one after another, each sent when the last was answered, and each one's
// time as the client saw it: the write latency bench/outcomes.ts and bench/checkin-latency.ts
// report. Each check-in is dated a day further back, over two years (so the months it moves
// vary), or now.
import { type Account, recordPath, send, writeHeaders } from './http-client.ts';

export async function timedCheckins(
  origin: string,
  person: Account,
  options: { seconds: number; warmUp?: number; datedNow?: boolean },
): Promise<number[]> {
  const url = recordPath(origin, person, '/checkins');
  let day = 0;
  const checkIn = async (): Promise<number> => {
    day += 1;
    const takenAt = options.datedNow
      ? new Date().toISOString()
      : new Date(Date.UTC(2026, 10, 28) - (day % 700) * 86_400_000).toISOString();
    const started = performance.now();
    const answer = await send(url, {
      method: 'POST',
      headers: writeHeaders(person),
      body: {
        takenAt,
        scores: { mood: 1 + (day % 7), hope: 4, sleep: 3 },
        note: '',
        forMeOnly: false,
      },
    });
    const took = performance.now() - started;
    if (answer.status !== 201)
      throw new Error(`check-in: ${answer.status} ${answer.body.toString('utf8').slice(0, 200)}`);
    return took;
  };
  for (let i = 0; i < (options.warmUp ?? 0); i += 1) await checkIn();
  const latencies: number[] = [];
  const until = performance.now() + options.seconds * 1000;
  while (performance.now() < until) latencies.push(await checkIn());
  return latencies;
}
