/** A problem with the input or the options that the editor can fix; the CLI prints its message. */
export class IngestError extends Error {
  override name = 'IngestError';
}
