import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '@/lib/try-it/json-syntax';

describe('findJsonSyntaxError', () => {
  it('accepts valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, null, "x\\n\\u00e9"]} ', '"s"', '0']) {
      expect(findJsonSyntaxError(text), text).toBeUndefined();
    }
  });

  const cases: [string, string][] = [
    ['{\n  "a": 1\n  "b": 2\n}', `Invalid JSON at line 3, column 3: expected ',' or '}', found '"'.`],
    ['{"a": 1,}', "Invalid JSON at line 1, column 9: a comma before '}' (trailing comma)."],
    ['[1, 2,]', "Invalid JSON at line 1, column 7: a comma before ']' (trailing comma)."],
    ['', 'Invalid JSON at line 1, column 1: expected a value, found the end of the text.'],
    ['{"a": tru}', `Invalid JSON at line 1, column 7: expected a value, found 't'.`],
    ["{'a': 1}", `Invalid JSON at line 1, column 2: expected a property name in double quotes, found "'".`],
    ['{"a" 1}', "Invalid JSON at line 1, column 6: expected ':' after the property name, found '1'."],
    ['[1, 2', "Invalid JSON at line 1, column 6: expected ',' or ']', found the end of the text."],
    ['{"a": "x\ny"}', 'Invalid JSON at line 1, column 9: a line break inside a string; write it escaped.'],
    ['{"a": 1} x', `Invalid JSON at line 1, column 10: unexpected 'x' after the end of the JSON value.`],
    ['{"a": -}', 'Invalid JSON at line 1, column 7: invalid number.'],
    ['{"a": "\\q"}', `Invalid JSON at line 1, column 9: 'q' cannot follow \\ in a string.`],
    ['{"a": "\\u12"}', 'Invalid JSON at line 1, column 9: \\u must be followed by four hexadecimal digits.'],
    ['{"a": "open', 'Invalid JSON at line 1, column 12: the string is not closed with ".'],
  ];
  for (const [text, message] of cases) {
    it(`locates ${JSON.stringify(text)}`, () => {
      expect(findJsonSyntaxError(text)?.message).toBe(message);
    });
  }
});
