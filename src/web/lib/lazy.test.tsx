// A part of a page whose code is fetched on demand. What a person notices: on a connection that
// drops for a moment, the part (the second sign-in step, a date field, a framing chooser) still
// appears once its code can be fetched, without leaving the page.
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPart, PART_RETRY_PAUSES_MS } from './lazy.tsx';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const noConnection = () =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Lets the timers and the promises they start run, `ms` at a time. */
async function wait(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('A part of a page fetched on demand', () => {
  it('appears after its code failed to arrive twice, asking again after a pause each time', async () => {
    vi.useFakeTimers();
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockImplementationOnce(noConnection)
      .mockImplementationOnce(noConnection)
      .mockResolvedValue(Greeting);
    const Part = lazyPart(load);
    render(<Part name="Sam" />);

    await wait(0);
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Hello Sam')).toBeNull();

    await wait(PART_RETRY_PAUSES_MS[0] ?? 0);
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByText('Hello Sam')).toBeNull();

    await wait(PART_RETRY_PAUSES_MS[1] ?? 0);
    expect(load).toHaveBeenCalledTimes(3);
    expect(screen.getByText('Hello Sam')).toBeTruthy();
  });

  it('stops asking after its last pause, and stops at once when the page is left', async () => {
    vi.useFakeTimers();
    const never = vi.fn<() => Promise<typeof Greeting>>(noConnection);
    const Part = lazyPart(never);
    render(<Part name="Sam" />);
    const allPauses = PART_RETRY_PAUSES_MS.reduce((sum, pause) => sum + pause, 0);
    await wait(allPauses + 60_000);
    expect(never).toHaveBeenCalledTimes(PART_RETRY_PAUSES_MS.length + 1);
    expect(screen.queryByText('Hello Sam')).toBeNull();

    const left = vi.fn<() => Promise<typeof Greeting>>(noConnection);
    const Other = lazyPart(left);
    const shown = render(<Other name="Ali" />);
    await wait(0);
    shown.unmount();
    await wait(allPauses + 60_000);
    expect(left).toHaveBeenCalledTimes(1);
  });
});
