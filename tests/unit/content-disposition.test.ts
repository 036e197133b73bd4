import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { downloadName, parseContentDisposition, safeFileName } from '@/lib/try-it/content-disposition';

const headers = (value: string) => new Headers({ 'x-upstream-content-disposition': value });

describe('parseContentDisposition', () => {
  it('reads the type and a quoted or token file name', () => {
    expect(parseContentDisposition('attachment; filename="statement-2026-11.pdf"')).toEqual({ type: 'attachment', filename: 'statement-2026-11.pdf' });
    expect(parseContentDisposition('Attachment; FILENAME=report.csv')).toEqual({ type: 'attachment', filename: 'report.csv' });
    expect(parseContentDisposition('inline')).toEqual({ type: 'inline' });
    expect(parseContentDisposition(null)).toEqual({});
  });

  it('undoes the escapes of a quoted string, and a ; inside it does not end it', () => {
    expect(parseContentDisposition('attachment; filename="a \\"quoted\\" name; v2.pdf"').filename).toBe('a "quoted" name; v2.pdf');
  });

  it('prefers filename* (RFC 8187, UTF-8 or ISO-8859-1) over filename, in either order', () => {
    expect(parseContentDisposition(`attachment; filename="fallback.pdf"; filename*=UTF-8''Kontoauszug%20M%C3%A4rz.pdf`).filename).toBe('Kontoauszug März.pdf');
    expect(parseContentDisposition(`attachment; filename*=utf-8'de'%E2%82%AC%20rates.pdf; filename="EUR rates.pdf"`).filename).toBe('€ rates.pdf');
    expect(parseContentDisposition(`attachment; filename*=iso-8859-1''%A3%20rates.pdf`).filename).toBe('£ rates.pdf');
  });

  it('falls back to filename when filename* is malformed or in another charset', () => {
    expect(parseContentDisposition(`attachment; filename*=UTF-8''%E2%82; filename="plain.pdf"`).filename).toBe('plain.pdf');
    expect(parseContentDisposition(`attachment; filename*=UTF-8''%zz.pdf; filename="plain.pdf"`).filename).toBe('plain.pdf');
    expect(parseContentDisposition(`attachment; filename*=shift_jis''%82%A0.pdf; filename="plain.pdf"`).filename).toBe('plain.pdf');
  });

  it('reads a UTF-8 name sent raw in filename, as browsers see header bytes', () => {
    const raw = String.fromCharCode(...new TextEncoder().encode('Résumé.pdf'));
    expect(parseContentDisposition(`attachment; filename="${raw}"`).filename).toBe('Résumé.pdf');
  });

  test.prop([fc.string({ maxLength: 300 })])('never throws, whatever the header', (value) => {
    expect(() => parseContentDisposition(value)).not.toThrow();
  });
});

describe('safeFileName makes a hostile name one harmless file name', () => {
  it.each([
    ['../../etc/passwd', 'etc_passwd'],
    ['..\\..\\Windows\\System32\\drivers\\etc\\hosts', 'Windows_System32_drivers_etc_hosts'],
    ['/absolute/path/statement.pdf', 'absolute_path_statement.pdf'],
    ['C:\\Users\\me\\report.pdf', 'C__Users_me_report.pdf'],
    ['.bashrc', 'bashrc'],
    ['invoice.pdf.', 'invoice.pdf'],
    ['report\u0000.pdf\r\nSet-Cookie: a=b', 'report.pdfSet-Cookie_ a=b'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['what?<>|*.pdf', 'what_____.pdf'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['..', 'download'],
    ['', 'download'],
    ['   ', 'download'],
  ])('%j becomes %j', (raw, safe) => {
    expect(safeFileName(raw)).toBe(safe);
  });

  it('cuts a very long name, keeping its extension', () => {
    const name = safeFileName(`${'a'.repeat(5000)}.pdf`);
    expect(name).toHaveLength(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('cuts a long name of wide characters by its bytes, never inside a character', () => {
    const name = safeFileName(`${'😀'.repeat(100)}.pdf`);
    expect(new TextEncoder().encode(name).byteLength).toBeLessThanOrEqual(200);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name.replace('.pdf', '')).toMatch(/^(😀)+$/u);
  });

  test.prop([fc.string({ maxLength: 400, unit: 'binary' })])('never yields a path, a control character, a leading dot or an empty name', (raw) => {
    const name = safeFileName(raw);
    expect(name).not.toMatch(/[/\\]/);
    expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(name.startsWith('.')).toBe(false);
    expect(name).not.toBe('');
    expect(Array.from(name).length).toBeLessThanOrEqual(120);
  });
});

describe('downloadName', () => {
  it("is the API's name, made safe, from the header the proxy renamed", () => {
    expect(downloadName(headers('attachment; filename="statement-2026-11.pdf"'), 'application/pdf')).toBe('statement-2026-11.pdf');
    expect(downloadName(headers('attachment; filename="../../.ssh/authorized_keys"'), 'application/octet-stream')).toBe('ssh_authorized_keys');
  });

  it("is download with the media type's extension when the API names none", () => {
    expect(downloadName(new Headers(), 'application/pdf')).toBe('download.pdf');
    expect(downloadName(headers('attachment'), 'image/png; charset=binary')).toBe('download.png');
    expect(downloadName(headers('attachment; filename="/"'), 'application/x-unknown')).toBe('download');
  });
});
