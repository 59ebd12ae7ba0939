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

/** The extensions each type may carry; a name ends with one of these, whatever was sent. */
export const EXTENSIONS: Record<MediaType, readonly [string, ...string[]]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
};

/**
 * Characters that never belong in a file name: control characters (C0, DEL, C1) and invisible
 * formatting characters, which include the bidirectional controls (U+202A–U+202E,
 * U+2066–U+2069, U+200E, U+200F, U+061C) that can make `exe.pdf` display as `fdp.exe`. Zero
 * width joiners (U+200C, U+200D) stay: some scripts need them to spell words.
 */
const UNSAFE_IN_NAME = /[\p{Cc}\u2028\u2029]|(?![\u200C\u200D])\p{Cf}|["\\]/gu;

/**
 * A file name safe to show and to save: no path, no control or bidi characters, short, and
 * ending with the extension of the type recognised from the bytes (a PNG sent as `poly.html`
 * becomes `poly.png`). Applied on upload and again on every answer, so names stored before
 * this rule existed are shown safely too.
 */
export function safeFileName(name: string, type: MediaType): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const visible = base
    .replace(UNSAFE_IN_NAME, '')
    .trim()
    // No hidden files, and no trailing dots or spaces (Windows drops them, changing the type).
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const allowed: readonly string[] = EXTENSIONS[type];
  const dot = visible.lastIndexOf('.');
  const claimed = dot > 0 ? visible.slice(dot + 1) : '';
  let stem = visible;
  let extension = EXTENSIONS[type][0];
  if (allowed.includes(claimed.toLowerCase())) {
    stem = visible.slice(0, dot);
    extension = claimed.toLowerCase();
  } else if (/^[\p{L}\p{N}]{1,10}$/u.test(claimed)) {
    // The sender's claim about the type (`.html`, `.exe`) is dropped, not kept before ours.
    stem = visible.slice(0, dot);
  }
  const short = [...stem]
    .slice(0, 120)
    .join('')
    .replace(/[.\s]+$/, '');
  return `${short || (type === 'application/pdf' ? 'document' : 'photo')}.${extension}`;
}

/** The name from an upload's `X-File-Name` header (URL-encoded), made safe for its type. */
export function cleanFileName(raw: string | undefined, type: MediaType): string {
  let decoded = '';
  try {
    decoded = decodeURIComponent(raw ?? '');
  } catch {
    decoded = '';
  }
  return safeFileName(decoded, type);
}
