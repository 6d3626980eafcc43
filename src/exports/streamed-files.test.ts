import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listenForStreamedFiles, streamedResponse, type StreamedFile, writeStreamed } from './streamed-files.ts';

/** Parts adding up to a few megabytes, with characters of one to four bytes in UTF-8. */
function* parts(count: number): Generator<string> {
  for (let i = 0; i < count; i += 1) yield `{"n":${i},"name":"Łukasz Nováková 東京 🙂"}\n`;
}
const whole = (count: number) => [...parts(count)].join('');

afterEach(() => listenForStreamedFiles(undefined));

describe('writeStreamed', () => {
  it('writes exactly the parts joined, across many chunks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'streamed-'));
    try {
      await writeStreamed(parts(60_000), join(dir, 'out.json'));
      expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe(whole(60_000));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails when the file cannot be written', async () => {
    await expect(writeStreamed(parts(3), join(tmpdir(), 'no-such-dir-streamed', 'x', 'out.json'))).rejects.toThrow(/ENOENT/);
  });
});

describe('streamedResponse', () => {
  it('streams the parts to the reader where no build listens (astro dev)', async () => {
    const response = streamedResponse({ path: 'x.json', parts: () => parts(500) }, 'application/json');
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.text()).toBe(whole(500));
  });

  it('hands the file to the build and answers with no body, so Astro writes no copy of its own', async () => {
    const handed: StreamedFile[] = [];
    listenForStreamedFiles((file) => handed.push(file));
    const response = streamedResponse({ path: 'x.json', parts: () => parts(5) }, 'application/json');
    expect(response.body).toBeNull();
    expect(handed.map((file) => file.path)).toEqual(['x.json']);
    expect([...handed[0]!.parts()].join('')).toBe(whole(5));
  });
});
