/**
 * An OpenAPI document that cannot be turned into pages. The message always starts with
 * `<file>:<line>:<column>:` (or `<file>:<line>:`, or `<file>:` when no position applies) so that a
 * failed build points at the spot.
 */
export class SpecError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly reason: string;

  constructor(file: string, reason: string, line?: number, column?: number) {
    const position = line === undefined ? '' : column === undefined ? `:${line}` : `:${line}:${column}`;
    super(`${file}${position}: ${reason}`);
    this.name = 'SpecError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}
