import { describe, expect, it } from 'vitest';
import { cleanFileName, safeFileName } from './file-type.ts';

describe('safeFileName', () => {
  it.each([
    ['poly.html', 'image/png', 'poly.png'],
    ['poly.png.html', 'image/png', 'poly.png.png'],
    ['Holiday.JPEG', 'image/jpeg', 'Holiday.jpeg'],
    ['holiday.jpg', 'image/jpeg', 'holiday.jpg'],
    ['holiday.png', 'image/jpeg', 'holiday.jpg'],
    ['scan', 'application/pdf', 'scan.pdf'],
    ['my plan v2.final draft', 'application/pdf', 'my plan v2.final draft.pdf'],
    ['../../etc/passwd', 'application/pdf', 'passwd.pdf'],
    ['C:\\Users\\sam\\plan.exe', 'application/pdf', 'plan.pdf'],
    ['.htaccess', 'image/webp', 'htaccess.webp'],
    ['plan.pdf. . ', 'application/pdf', 'plan.pdf'],
    ['', 'application/pdf', 'document.pdf'],
    ['\u202e', 'image/png', 'photo.png'],
  ] as const)('names %j, found to be %s, %j', (sent, type, expected) => {
    expect(safeFileName(sent, type)).toBe(expected);
  });

  it('removes every bidirectional control and control character, and keeps joiners', () => {
    const controls = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c';
    expect(
      safeFileName(`a${controls}b\u0000\u0007\u001b\u007f\u0085\u2028"c.png`, 'image/png'),
    ).toBe('abc.png');
    // Persian needs the zero width non-joiner to spell "می‌خواهم".
    expect(safeFileName('می\u200cخواهم.png', 'image/png')).toBe('می\u200cخواهم.png');
  });

  it('keeps a name short, and gives an unreadable header the default name', () => {
    expect(safeFileName(`${'a'.repeat(300)}.pdf`, 'application/pdf')).toBe(
      `${'a'.repeat(120)}.pdf`,
    );
    expect(cleanFileName('%E0%A4%A', 'application/pdf')).toBe('document.pdf');
    expect(cleanFileName('Ad%C3%A9%E2%80%AE.html', 'image/webp')).toBe('Adé.webp');
  });
});
