import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentErrorMessage } from '../../../tests/support/pipeline.ts';
import { decodeContent, readArticleSources } from './content-files.ts';
import { LIMITS } from './limits.ts';

const ARTICLE = '---\ntitle: T\noutlet: unknown\npublished: "2026-02-25"\n---\nLeaders spoke by phone on Wednesday.\n';
let work = '';

/** A content folder holding `files` (name → text or bytes; a name ending in / is a folder) under articles/. */
function content(files: Record<string, string | Uint8Array>): string {
  work = mkdtempSync(join(tmpdir(), 'dateline-files-'));
  const dir = join(work, 'content');
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    if (name.endsWith('/')) mkdirSync(join(dir, 'articles', name));
    else writeFileSync(join(dir, 'articles', name), text);
  }
  return dir;
}
afterEach(() => rmSync(work, { recursive: true, force: true }));

const errorOf = contentErrorMessage;
const read = (dir: string) => readArticleSources(dir, work);

describe('readArticleSources: file names', () => {
  it('reads .md in any case and .markdown, gives NFC ids, and skips drafts and hidden system files', () => {
    const nfd = 'Zu\u0308rich-talks';
    const dir = content({ 'a.md': ARTICLE, 'B.MD': ARTICLE, 'c.markdown': ARTICLE, [`${nfd}.md`]: ARTICLE, '_draft.md': ARTICLE, '.DS_Store': 'x', '.gitkeep': '' });
    const ids = read(dir).map((a) => a.id);
    expect(ids).toEqual(['B', 'Z\u00FCrich-talks', 'a', 'c'].sort());
    expect(ids.every((id) => id === id.normalize('NFC'))).toBe(true);
  });

  it.each([
    ['two spellings of one name (NFC and NFD)', ['Z\u00FCrich.md', 'Zu\u0308rich.md']],
    ['two names that differ in case', ['Talks.md', 'talks.md']],
    ['a space and a hyphen', ['a b.md', 'a-b.md']],
    ['.md and .markdown', ['a.md', 'a.markdown']],
    ['a space and its %-escape', ['a b.md', 'a%20b.md']],
  ])('refuses %s, naming both files', (_, names) => {
    const dir = content(Object.fromEntries(names.map((n) => [n, ARTICLE])));
    const message = errorOf(() => read(dir));
    expect(message).toMatch(/would have the same page as content\/articles\/.+: .+ Rename one of the two files, or delete the copy\.$/);
    for (const name of names) expect(message.normalize('NFC')).toContain(`content/articles/${name}`.normalize('NFC'));
  });

  it.each([
    ['a%20b.md', /its name contains "%", which a web address cannot carry\. Rename the file using letters, digits and hyphens/],
    ['what?.md', /its name contains "\?"/],
    ['part#2.md', /its name contains "#"/],
    ['.hidden.md', /is a hidden file: its name starts with a dot, so it would not be published\. .*Start the name with _ to keep a draft unpublished\./],
    ['...', /is a hidden file/],
    ['!!!.md', /its name has no letter or digit to make a page address from/],
    ['notes.txt', /is not a Markdown file, so it cannot be an article\. Give it the extension \.md if it is one, or move it out of content\/articles\/\./],
    ['x.md/', /content\/articles\/x\.md is a folder; articles are files directly in content\/articles\//],
    ['2026/', /content\/articles\/2026 is a folder/],
  ])('refuses %s with a clear error naming it', (name, expected) => {
    const dir = content({ 'good.md': ARTICLE, [name]: ARTICLE });
    const message = errorOf(() => read(dir));
    expect(message).toContain(`content/articles/${name.replace(/\/$/, '')}`);
    expect(message).toMatch(expected);
  });

  it('refuses a dangling symlink and one leading outside the content folder; follows one inside it', () => {
    const dir = content({ 'good.md': ARTICLE });
    symlinkSync(join(dir, 'articles', 'missing.md'), join(dir, 'articles', 'dangling.md'));
    expect(errorOf(() => read(dir))).toMatch(/content\/articles\/dangling\.md is a symbolic link to something that does not exist\. Delete the link/);
    rmSync(join(dir, 'articles', 'dangling.md'));

    writeFileSync(join(work, 'outside.md'), ARTICLE);
    symlinkSync(join(work, 'outside.md'), join(dir, 'articles', 'outside.md'));
    expect(errorOf(() => read(dir))).toMatch(/content\/articles\/outside\.md is a symbolic link to .*outside\.md, outside the content folder\. Copy the article/);
    rmSync(join(dir, 'articles', 'outside.md'));

    writeFileSync(join(dir, 'kept.md'), ARTICLE);
    symlinkSync(join(dir, 'kept.md'), join(dir, 'articles', 'linked.md'));
    expect(read(dir).map((a) => a.id)).toEqual(['good', 'linked']);
  });

  it('refuses a file over the size limit before reading it', () => {
    const dir = content({ 'huge.md': ARTICLE + 'x'.repeat(LIMITS.articleBytes) });
    expect(errorOf(() => read(dir))).toMatch(/content\/articles\/huge\.md is [\d,]+ bytes, over the limit of 2,097,152 bytes for one article\. Split the text/);
  });

  it('refuses a content folder with no articles/ folder, or none at all, naming the folder to create', () => {
    const dir = content({});
    rmSync(join(dir, 'articles'), { recursive: true });
    expect(errorOf(() => read(dir))).toMatch(/^content\/articles is not a folder: articles are read from the articles\/ folder inside the content folder\. Create it/);
    expect(errorOf(() => read(join(work, 'elsewhere')))).toMatch(/^elsewhere\/articles is not a folder/);
  });

  it('names the files relative to the working folder', () => {
    const dir = content({ 'a.md': ARTICLE });
    expect(read(dir)[0]?.file).toBe(relative(work, join(dir, 'articles', 'a.md')));
  });
});

describe('decodeContent', () => {
  const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

  it('refuses bytes that are not UTF-8 with the file, the line and the byte offset', () => {
    const latin1 = bytes('---\ntitle: "Z', [0xfc], 'rich"\n');
    expect(errorOf(() => decodeContent(latin1, 'content/articles/x.md'))).toBe(
      'content/articles/x.md:2 the byte at offset 13 (0xFC) is not UTF-8 text: the file was saved in another encoding. Save it again with the encoding UTF-8 (most editors offer it under "Save with encoding").',
    );
  });

  it('counts a replacement character written in the file as text, not as a bad byte', () => {
    expect(decodeContent(bytes('a\uFFFDb'), 'x.md')).toBe('a\uFFFDb');
    expect(errorOf(() => decodeContent(bytes('\uFFFD\uFFFD', [0xff]), 'x.md'))).toMatch(/^x\.md:1 the byte at offset 6 \(0xFF\)/);
  });

  it('drops a byte-order mark and turns characters no output may carry into spaces, keeping every offset', () => {
    const text = decodeContent(bytes([0xef, 0xbb, 0xbf], 'a\u0000b\u0007c\u001Bd\u007Fe\u0085f\uFFFEg\th\r\ni\u{1F600}'), 'x.md');
    expect(text).toBe('a b c d e f g\th\r\ni\u{1F600}');
  });
});
