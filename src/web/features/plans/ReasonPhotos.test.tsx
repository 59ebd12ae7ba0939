import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer } from '../../testing/fake-server.ts';
import { ReasonPhotos } from './ReasonPhotos.tsx';

afterEach(cleanup);

describe('Adding a photo to the reasons for living', () => {
  it('ties a problem to the file field, so a screen reader reads it with the field', () => {
    render(
      <ReasonPhotos personId="p1" ids={[]} error="Choose a photo under 5 MB" onChange={() => {}} />,
    );
    const input = screen.getByLabelText(/add a photo/i);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described.join(' | ')).toMatch(/Choose a photo under 5 MB/);
  });

  it('describes the field by its hint alone when all is well', () => {
    render(<ReasonPhotos personId="p1" ids={[]} onChange={() => {}} />);
    const input = screen.getByLabelText(/add a photo/i);
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBe('reasonPhotoIds-hint');
  });
});

describe('A photo that does not fit in the storage quota', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says the server’s refusal, with the space left, on the file field', async () => {
    fakeServer({
      'POST /api/people/p1/safety-plan/photos': {
        status: 413,
        body: {
          error: {
            code: 'WM_STORAGE_QUOTA_EXCEEDED',
            params: { left: 0.4, quota: 50, days: 30 },
            message: 'The server’s own words',
          },
        },
      },
    });
    const onChange = vi.fn();
    render(<ReasonPhotos personId="p1" ids={[]} onChange={onChange} />);
    const input = screen.getByLabelText(/add a photo/i) as HTMLInputElement;
    await userEvent.upload(
      input,
      new File([new Uint8Array(16)], 'canal.png', { type: 'image/png' }),
    );
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' | ');
    expect(described).toContain('you have 0.4 MB of your 50 MB left');
    expect(described).toContain('take files you no longer need off your plans and save');
    expect(onChange).not.toHaveBeenCalled();
  });
});
