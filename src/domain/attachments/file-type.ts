// Recognises a file by its first bytes, never by its name or the type the browser claims.
import type { Section } from '../record/sections.ts';

export const MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const ATTACHMENT_PURPOSES = {
  /** A statutory advance choice document or similar, attached to the crisis plan. */
  advance_choice: {
    section: 'crisis_plan',
    types: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
  },
  /** A photo among the person's reasons for living, in the safety plan. */
  reason_photo: { section: 'safety_plan', types: ['image/png', 'image/jpeg', 'image/webp'] },
} as const satisfies Record<string, { section: Section; types: readonly MediaType[] }>;
export type AttachmentPurpose = keyof typeof ATTACHMENT_PURPOSES;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length &&
  signature.every((byte, i) => bytes[offset + i] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export function detectMediaType(bytes: Uint8Array): MediaType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

export function isAllowedFor(
  purpose: AttachmentPurpose,
  type: MediaType | null,
): type is MediaType {
  return (
    type !== null && (ATTACHMENT_PURPOSES[purpose].types as readonly MediaType[]).includes(type)
  );
}

/** A display name from what the browser sent: no paths or control characters, and short. */
export function cleanFileName(raw: string | undefined, type: MediaType): string {
  let decoded = '';
  try {
    decoded = decodeURIComponent(raw ?? '');
  } catch {
    decoded = '';
  }
  const base = decoded.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((c) => c.charCodeAt(0) >= 32 && c !== '\u007f' && c !== '"');
  const cleaned = printable.join('').trim().slice(0, 120);
  if (cleaned) return cleaned;
  return type === 'application/pdf' ? 'document.pdf' : `photo.${type.split('/')[1]}`;
}
