/**
 * One percent-decoding as a forgiving server would do it: UTF-8 escapes and all (`%EF%BC%8E` is
 * `．`), or, where an escape is malformed (`%zz`, a lone `%C3`), the ASCII escapes it can.
 */
function decodeOnce(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/%([0-9a-f]{2})/gi, (whole, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code < 0x80 ? String.fromCharCode(code) : whole;
    });
  }
}

/**
 * `text` and each decoding of it in turn, `%252e` → `%2e` → `.`, up to `rounds` decodings or until
 * one changes nothing: every form a server in the chain might read. Used wherever a value must not
 * turn into a separator or a dot segment once decoded (the proxy's target, a shared link's path).
 */
export function percentDecodings(text: string, rounds: number): string[] {
  const forms = [text];
  for (let current = text; forms.length <= rounds && current.includes('%'); ) {
    const next = decodeOnce(current);
    if (next === current) break;
    forms.push(next);
    current = next;
  }
  return forms;
}
