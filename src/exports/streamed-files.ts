/**
 * Exports too large to hold whole (`/events.json` is 79 MB at 10,000 synthetic articles).
 * Astro reads an endpoint's whole body into memory before writing it, in chunks and then
 * once more joined (about 380 MB at 10,000 articles, the build's peak), so during a build
 * the endpoint hands its parts to the streamed-files integration
 * (src/integrations/streamed-files.ts), which writes them to the file a megabyte at a time
 * once the pages are built. Under `astro dev` (no integration listening) the endpoint
 * streams them to the reader.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StreamedFile {
  /** Site path, e.g. `events.json`. */
  path: string;
  /** The file's text, piece by piece; called once, when the file is written. */
  parts: () => Iterable<string>;
}

type FileListener = (file: StreamedFile) => void;
/** Global, because Astro loads the pages and the integrations as separate copies of this module. */
const LISTENER = Symbol.for('dateline.streamed-files');
const registry = globalThis as { [LISTENER]?: FileListener };

/** Called by the integration when a build starts (undefined when it ends). */
export function listenForStreamedFiles(listener: FileListener | undefined): void {
  registry[LISTENER] = listener;
}

/**
 * The endpoint's response: during a build, the parts go to the integration and the body is
 * empty (Astro then writes no file of its own); otherwise the parts, streamed.
 */
export function streamedResponse(file: StreamedFile, contentType: string): Response {
  const listener = registry[LISTENER];
  if (listener) {
    listener(file);
    return new Response(null);
  }
  const parts = file.parts()[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const part = parts.next();
      if (part.done) controller.close();
      else controller.enqueue(encoder.encode(part.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': contentType } });
}

/** Bytes gathered before a write: few writes, little memory. */
const CHUNK = 1 << 20;

/** Writes the parts into `target` in chunks of about CHUNK characters, waiting whenever the disk lags. */
export async function writeStreamed(parts: Iterable<string>, target: string): Promise<void> {
  await pipeline(Readable.from(chunks(parts)), createWriteStream(target));
}

function* chunks(parts: Iterable<string>): Generator<string> {
  let pending: string[] = [];
  let size = 0;
  for (const part of parts) {
    pending.push(part);
    size += part.length;
    if (size >= CHUNK) {
      yield pending.join('');
      [pending, size] = [[], 0];
    }
  }
  if (pending.length > 0) yield pending.join('');
}
