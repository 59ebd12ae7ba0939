import '../../domain/i18n/history.messages.ts';
import '../../domain/i18n/plans-web.messages.ts';
import '../../domain/i18n/sharing.messages.ts';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CrisisLines } from '../components/CrisisLines.tsx';
import { namesList } from '../features/sharing/SupportingLink.tsx';
import { LeftToRight, sentence } from './own-words.tsx';

afterEach(cleanup);

const URDU_NAME = 'عائشہ';

describe('The person’s own words in a sentence', () => {
  it('keeps a name in a <bdi> of its own, the sentence around it as the catalogue says', () => {
    const { container } = render(<p>{sentence('home.greeting', { name: URDU_NAME })}</p>);
    expect(container.textContent).toBe(`Hello, ${URDU_NAME}`);
    const isolated = container.querySelectorAll('bdi');
    expect([...isolated].map((bdi) => bdi.textContent)).toEqual([URDU_NAME]);
  });

  it('never changes the words: slots, dollar signs and marks in them stay as typed', () => {
    const words = 'Jo {name} $& \u200F!';
    const { container } = render(<p>{sentence('history.back', { name: words })}</p>);
    expect(container.querySelector('bdi')?.textContent).toBe(words);
    expect(container.textContent).toBe(`Back to ${words}`);
  });

  it('fills in the other values the usual way, outside the <bdi>', () => {
    const { container } = render(
      <p>{sentence('sharing.person', { knownAs: 'Jo!' }, { role: 'family or friend' })}</p>,
    );
    expect([...container.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['Jo!']);
    expect(container.textContent).toBe('Jo! (family or friend)');
  });

  it('puts an element in its slot as it is', () => {
    const { container } = render(
      <p>{sentence('plans.view.call', { phone: <LeftToRight>07700 900123</LeftToRight> })}</p>,
    );
    const phone = container.querySelector('bdi');
    expect(phone?.getAttribute('dir')).toBe('ltr');
    expect(container.textContent).toBe('Call 07700 900123');
  });

  it('joins several names the local way, each kept apart', () => {
    const { container } = render(<p>{namesList(['Jo', URDU_NAME, 'Priya'])}</p>);
    expect(container.textContent).toBe(`Jo, ${URDU_NAME} and Priya`);
    expect([...container.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual([
      'Jo',
      URDU_NAME,
      'Priya',
    ]);
  });
});

describe('Crisis line numbers', () => {
  it('read left to right in any page, so "116 123" never shows as "123 116"', async () => {
    const { container } = render(<CrisisLines />);
    // The lines after "in danger now" arrive with their own small module (decision 0034).
    await vi.waitFor(() => {
      const numbers = [...container.querySelectorAll('[dir="ltr"]')].map((n) => n.textContent);
      expect(numbers).toEqual(expect.arrayContaining(['999', '111', '116 123', '85258']));
    });
  });
});
