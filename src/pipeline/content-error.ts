/**
 * An error in an editor's file. The message always names the file, the line or field,
 * and what to write instead, because the person reading it is an editor, not a developer.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;

  constructor(where: { file: string; line?: number; field?: string }, problem: string, fix: string) {
    const place = where.line === undefined ? where.file : `${where.file}:${where.line}`;
    const field = where.field === undefined ? '' : ` field "${where.field}":`;
    super(`${place}${field} ${problem} ${fix}`);
    this.name = 'ContentError';
    this.file = where.file;
    this.line = where.line;
    this.field = where.field;
  }
}
