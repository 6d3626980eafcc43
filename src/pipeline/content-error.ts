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

/**
 * Runs `read` on one file's content; an unexpected failure (a bug meeting odd input) is
 * reported as an error of that file, so the editor knows which file to set aside.
 */
export function naming<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ContentError({ file }, `could not be read (${reason}).`, 'Rename it with a leading _ to leave it out of the build, and report the problem with the file attached.');
  }
}
