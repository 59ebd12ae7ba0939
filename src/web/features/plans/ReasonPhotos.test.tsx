import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
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
