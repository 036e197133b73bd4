/** Where a JSON text stops being JSON, and why, in words an editor's user can act on. */
export interface JsonSyntaxError {
  /** 1-based, counted in lines of the text. */
  line: number;
  /** 1-based, counted in characters (UTF-16 code units) of the line. */
  column: number;
  reason: string;
  /** "Invalid JSON at line 2, column 14: expected ',' or '}'." */
  message: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describeChar(char: string | undefined): string {
  if (char === undefined) return 'the end of the text';
  if (char === '\n') return 'a line break';
  return char === "'" ? `"'"` : `'${char}'`;
}

/** A small strict JSON reader that stops at the first error, the same one JSON.parse rejects. */
function scan(text: string): void {
  let pos = 0;
  const ws = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos])) pos++;
  };
  const fail = (reason: string): never => {
    throw new Stop(pos, reason);
  };

  function string() {
    pos++;
    for (;;) {
      if (pos >= text.length) fail('the string is not closed with "');
      const char = text[pos];
      if (char === '"') {
        pos++;
        return;
      }
      if (char === '\\') {
        const next = text[pos + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
            pos++;
            fail('\\u must be followed by four hexadecimal digits');
          }
          pos += 6;
        } else if (next !== undefined && escapes.has(next)) {
          pos += 2;
        } else {
          pos++;
          fail(`${describeChar(next)} cannot follow \\ in a string`);
        }
        continue;
      }
      if (char.charCodeAt(0) < 0x20) fail(`${char === '\n' ? 'a line break' : 'a control character'} inside a string; write it escaped`);
      pos++;
    }
  }

  function value() {
    const char = text[pos];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    if (char === '-' || (char >= '0' && char <= '9')) {
      numberPattern.lastIndex = pos;
      const match = numberPattern.exec(text);
      if (!match || match[0] === '-') fail('invalid number');
      pos += match![0].length;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, pos)) {
        pos += literal.length;
        return;
      }
    }
    if (char === "'") fail('strings must be in double quotes');
    fail(`expected a value, found ${describeChar(char)}`);
  }

  function object() {
    pos++;
    ws();
    if (text[pos] === '}') {
      pos++;
      return;
    }
    for (;;) {
      ws();
      if (text[pos] === '}') fail("a comma before '}' (trailing comma)");
      if (text[pos] !== '"') fail(`expected a property name in double quotes, found ${describeChar(text[pos])}`);
      string();
      ws();
      if (text[pos] !== ':') fail(`expected ':' after the property name, found ${describeChar(text[pos])}`);
      pos++;
      ws();
      value();
      ws();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === '}') {
        pos++;
        return;
      }
      fail(`expected ',' or '}', found ${describeChar(text[pos])}`);
    }
  }

  function array() {
    pos++;
    ws();
    if (text[pos] === ']') {
      pos++;
      return;
    }
    for (;;) {
      ws();
      if (text[pos] === ']') fail("a comma before ']' (trailing comma)");
      value();
      ws();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === ']') {
        pos++;
        return;
      }
      fail(`expected ',' or ']', found ${describeChar(text[pos])}`);
    }
  }

  ws();
  value();
  ws();
  if (pos < text.length) fail(`unexpected ${describeChar(text[pos])} after the end of the JSON value`);
}

function locate(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Undefined when `text` is valid JSON; otherwise the line, column and reason of its first error. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    let offset = text.length;
    let reason = error instanceof Error ? error.message : String(error);
    try {
      scan(text);
    } catch (stop) {
      if (!(stop instanceof Stop)) throw stop;
      offset = stop.offset;
      reason = stop.reason;
    }
    const { line, column } = locate(text, offset);
    return { line, column, reason, message: `Invalid JSON at line ${line}, column ${column}: ${reason}.` };
  }
}
