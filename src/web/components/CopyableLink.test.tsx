import { cleanup, render, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyableLink } from './CopyableLink.tsx';

const LINK = 'https://waymark.example/e/abc';
const WORDS = {
  label: 'The link',
  copy: 'Copy the link',
  copied: 'Copied',
  copyByHand: 'Select and copy it by hand',
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('A link shown once', () => {
  it('copies the link and says so', async () => {
    const written: string[] = [];
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: async (text: string) => void written.push(text) },
    });
    render(<CopyableLink id="the-link" url={LINK} words={WORDS} />);
    expect((screen.getByLabelText('The link') as HTMLTextAreaElement).value).toBe(LINK);
    await userEvent.click(screen.getByRole('button', { name: 'Copy the link' }));
    expect(await screen.findByText('Copied')).toBeTruthy();
    expect(written).toEqual([LINK]);
  });

  it('selects the link to copy by hand when there is no clipboard', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: {
        writeText: async () => {
          throw new Error('no clipboard on plain http');
        },
      },
    });
    render(<CopyableLink id="the-link" url={LINK} words={WORDS} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy the link' }));
    expect(await screen.findByText('Select and copy it by hand')).toBeTruthy();
    const box = screen.getByLabelText('The link') as HTMLTextAreaElement;
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe(LINK);
  });
});
