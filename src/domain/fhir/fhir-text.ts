// Text as FHIR carries it, both ways. Pure: TextEncoder, btoa and atob are standard globals in the
// browser and in Node, so the web app could build an export too.

/**
 * C0 control characters other than tab, line feed and carriage return: a FHIR string may not
 * hold them. Our text allows them (pasted text can bring a form feed), so the export puts U+FFFD
 * in their place in strings; a person's long words travel as base64 and keep them (decision 0045).
 */
const isNotInFhirStrings = (code: number) =>
  code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;

/**
 * A FHIR string for our text, or undefined for none: FHIR has no empty strings, nor strings of
 * spaces alone, so text that is only spaces and line ends is written as no text.
 */
export function fhirString(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  let kept = '';
  for (const character of value)
    kept += isNotInFhirStrings(character.charCodeAt(0)) ? '\ufffd' : character;
  return kept;
}

const CHUNK = 0x8000;

/** UTF-8 bytes of a text as base64. */
export function textToBase64(value: string): string {
  const bytes = new TextEncoder().encode(value);
  let binary = '';
  for (let at = 0; at < bytes.length; at += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  return btoa(binary);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Whether a value is base64 as FHIR's base64Binary has it (no spaces, padded). */
export function isBase64(value: string): boolean {
  return BASE64.test(value);
}

/** The bytes a base64 value holds, counted without decoding it. */
export function base64ByteLength(value: string): number {
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  return (value.length / 4) * 3 - padding;
}

/** The text UTF-8 base64 holds, or undefined when the bytes are not UTF-8. */
export function base64ToText(value: string): string | undefined {
  if (!isBase64(value)) return undefined;
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
