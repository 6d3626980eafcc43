import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { ContentError } from '../content-error.ts';
import { compareStrings } from '../order.ts';
import { LIMITS } from './limits.ts';
import { withoutForbiddenCharacters } from './text-safety.ts';

/** One article file as read from disk: its id (the NFC file name without extension), path and text. */
export interface ArticleSource {
  id: string;
  file: string;
  source: string;
}

/** `.md` in any case, and `.markdown`: all are read, none is skipped for its spelling. */
const MARKDOWN = /\.(?:md|markdown)$/i;
/** Characters a file name may not have: they end or escape a web address, or cannot be shown. */
const UNSAFE_IN_NAME = /[?#%/\\\u0000-\u001F\u007F]/u;

const RENAME = 'Rename the file using letters, digits and hyphens, e.g. 2026-02-25-trump-zelenskyy-call.md.';

/**
 * Reads every article of `<contentDir>/articles`, in code-point order of the file names.
 * Drafts (a leading `_`) are skipped, and so are hidden non-Markdown files such as
 * `.DS_Store`; anything else that cannot become exactly one page is an error naming the
 * file: a folder, a dangling symlink or one leading out of the content folder, a file that
 * is not Markdown, a name a URL cannot carry, two names that would give the same page,
 * a file over the size limit, or bytes that are not UTF-8.
 */
export function readArticleSources(contentDir: string, cwd = process.cwd()): ArticleSource[] {
  const dir = join(contentDir, 'articles');
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ContentError({ file: relative(cwd, dir) }, 'is not a folder: articles are read from the articles/ folder inside the content folder.', 'Create it and put the articles\' .md files in it, or name the folder that holds articles/ (npm run events -- --content DIR).');
  }
  const root = realpathSync(contentDir);
  const names = readdirSync(dir).sort(compareStrings);
  checkOnePagePerName(names.filter((name) => MARKDOWN.test(name) && !/^[_.]/.test(name)), (name) => relative(cwd, join(dir, name)));
  const sources: ArticleSource[] = [];
  for (const name of names) {
    if (name.startsWith('_')) continue;
    const path = join(dir, name);
    const file = relative(cwd, path);
    const isMarkdown = MARKDOWN.test(name);
    if (name.startsWith('.')) {
      if (!isMarkdown && !/^\.+$/.test(name)) continue; // hidden files of the system or of git
      throw new ContentError({ file }, 'is a hidden file: its name starts with a dot, so it would not be published.', `${RENAME} Start the name with _ to keep a draft unpublished.`);
    }
    const stats = targetStats(path, file, root);
    if (stats.isDirectory()) {
      throw new ContentError({ file }, 'is a folder; articles are files directly in content/articles/.', 'Move its articles up into content/articles/, or start the folder\'s name with _ to keep it unpublished.');
    }
    if (!stats.isFile()) throw new ContentError({ file }, 'is not a regular file.', 'Replace it with the article\'s .md file.');
    if (!isMarkdown) {
      throw new ContentError({ file }, 'is not a Markdown file, so it cannot be an article.', 'Give it the extension .md if it is one, or move it out of content/articles/.');
    }
    const stem = name.replace(MARKDOWN, '');
    const id = stem.normalize('NFC');
    const unsafe = UNSAFE_IN_NAME.exec(stem);
    if (unsafe) throw new ContentError({ file }, `its name contains ${JSON.stringify(unsafe[0])}, which a web address cannot carry.`, RENAME);
    if (pageKey(id) === '') throw new ContentError({ file }, 'its name has no letter or digit to make a page address from.', RENAME);
    if (stats.size > LIMITS.articleBytes) {
      throw new ContentError({ file }, `is ${stats.size.toLocaleString('en')} bytes, over the limit of ${LIMITS.articleBytes.toLocaleString('en')} bytes for one article.`, 'Split the text into several articles, or remove what is not the article\'s own text.');
    }
    sources.push({ id, file, source: decodeContent(readFileSync(path), file) });
  }
  return sources;
}

/** Two article files that would have one page are an error naming both, before either is read. */
function checkOnePagePerName(names: string[], fileOf: (name: string) => string): void {
  const pages = new Map<string, string>();
  for (const name of names) {
    const page = pageKey(name.replace(MARKDOWN, '').normalize('NFC'));
    const clash = pages.get(page);
    if (clash !== undefined && page !== '') {
      throw new ContentError(
        { file: fileOf(name) },
        `would have the same page as ${fileOf(clash)}: the two names differ only in case, accents' encoding, spaces, punctuation or %-escapes.`,
        'Rename one of the two files, or delete the copy.',
      );
    }
    pages.set(page, name);
  }
}

/**
 * What makes two names one page: %-escapes (a browser reads `a%20b` as `a b`), Unicode
 * compatibility forms, case (macOS and Windows file systems ignore it), and runs of
 * anything but letters and digits.
 */
function pageKey(id: string): string {
  let decoded = id;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    // A stray % that starts no escape: the name is refused for it anyway.
  }
  return decoded
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The file's own stats, following a symlink only when it leads to a file inside the content folder. */
function targetStats(path: string, file: string, root: string): Stats {
  if (!lstatSync(path).isSymbolicLink()) return statSync(path);
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    throw new ContentError({ file }, 'is a symbolic link to something that does not exist.', 'Delete the link, or point it at an article inside the content folder.');
  }
  const inside = relative(root, target);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new ContentError({ file }, `is a symbolic link to ${target}, outside the content folder.`, 'Copy the article into content/articles/ instead of linking to it.');
  }
  return statSync(target);
}

/**
 * A content file's bytes as text: UTF-8 or refused with the offset of the first byte that is
 * not; a byte-order mark is dropped; characters no output may carry become spaces.
 */
export function decodeContent(bytes: Uint8Array, file: string): string {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  // The decoder turns each bad sequence into U+FFFD; one written in the file is the bytes EF BF BD.
  let byte = 0;
  let from = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) {
    byte += Buffer.byteLength(text.slice(from, at));
    from = at + 1;
    if (bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd) {
      byte += 3;
      continue;
    }
    const line = text.slice(0, at).split('\n').length;
    const hex = (bytes[byte] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new ContentError(
      { file, line },
      `the byte at offset ${byte} (0x${hex}) is not UTF-8 text: the file was saved in another encoding.`,
      'Save it again with the encoding UTF-8 (most editors offer it under "Save with encoding").',
    );
  }
  return cleanText(text);
}

/** Text as the pipeline reads it: no byte-order mark, no character an output may not carry. */
export function cleanText(text: string): string {
  return withoutForbiddenCharacters(text.startsWith('\uFEFF') ? text.slice(1) : text);
}
