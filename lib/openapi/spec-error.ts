/**
 * An OpenAPI document that cannot be turned into pages. The message always starts with
 * `<file>:<line>:` (or `<file>:` when no line applies) so that a failed build points at the spot.
 */
export class SpecError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly reason: string;

  constructor(file: string, reason: string, line?: number) {
    super(`${line === undefined ? file : `${file}:${line}`}: ${reason}`);
    this.name = 'SpecError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
