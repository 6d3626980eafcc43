import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { generateCorpus } from '../../../scripts/synthetic/corpus.ts';
import { markdownBlocks, plainBlocks, segments, splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it('splits paragraphs into sentences whose offsets point back into the source', () => {
    const body = 'First sentence here. Second one follows.\n\nA new paragraph.\n';
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.text)).toEqual(['First sentence here.', 'Second one follows.', 'A new paragraph.']);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.blockIndex)).toEqual([0, 0, 1]);
  });

  it('does not break after abbreviations such as U.S. or Sen.', () => {
    const body = 'He met senior U.S. Special Envoy Steve Witkoff. Sen. Graham spoke later.';
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      'He met senior U.S. Special Envoy Steve Witkoff.',
      'Sen. Graham spoke later.',
    ]);
  });

  it('does not break after a quotation ending in ! or ? when the sentence goes on in lower case', () => {
    const body = 'That same day Mr Trump wrote "Vladimir, STOP!" on his social network. The minister asked ‘Who pays?’ and left the room. “Enough!” She walked out.';
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      'That same day Mr Trump wrote "Vladimir, STOP!" on his social network.',
      'The minister asked ‘Who pays?’ and left the room.',
      '“Enough!”',
      'She walked out.',
    ]);
  });

  it('does not break after a clock’s a.m. or p.m. when its zone or its day comes next', () => {
    const body = 'The presidents spoke at 11 p.m. Kyiv time on Tuesday. The envoys landed at 7 a.m. Friday and met at 4 p.m. EST in the embassy. The session opened at 9 a.m. New York time. It ended at 9 p.m. Officials said it went well.';
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      'The presidents spoke at 11 p.m. Kyiv time on Tuesday.',
      'The envoys landed at 7 a.m. Friday and met at 4 p.m. EST in the embassy.',
      'The session opened at 9 a.m. New York time.',
      'It ended at 9 p.m.',
      'Officials said it went well.',
    ]);
  });

  it('reads a live entry’s clock time on a line of its own with the sentence below it, in its paragraph or above it', () => {
    const inParagraph = '19:40\nThe ferry has left Lusk. It carries forty cars.';
    expect(splitSentences(inParagraph).map((s) => s.text)).toEqual(['19:40\nThe ferry has left Lusk.', 'It carries forty cars.']);
    const above = '## 09:45 GMT\n\nThe ferry has left Lusk. It carries forty cars.\n\n## 10:05\n\n## Harbour news\n';
    const sentences = splitSentences(above);
    expect(sentences.map((s) => [s.text, s.block, s.blockIndex])).toEqual([
      ['09:45 GMT\nThe ferry has left Lusk.', 'paragraph', 1],
      ['It carries forty cars.', 'paragraph', 1],
      ['10:05', 'heading', 2],
      ['Harbour news', 'heading', 3],
    ]);
    expect(above.slice(sentences[0]!.start, sentences[0]!.end)).toBe('09:45 GMT\n\nThe ferry has left Lusk.');
  });

  it('does not break after an office or rank cut short before a name', () => {
    const body = 'Pres. Ana Ruiz met Amb. Tomas Lind in Lisbon. Lt. Gen. Omar Aziz and Brig. Hassan Noor flew on. Rev. Joan Ellis and Supt. Dev Rai stayed. The visit ended at six p.m. Talks resume in June.';
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      'Pres. Ana Ruiz met Amb. Tomas Lind in Lisbon.',
      'Lt. Gen. Omar Aziz and Brig. Hassan Noor flew on.',
      'Rev. Joan Ellis and Supt. Dev Rai stayed.',
      'The visit ended at six p.m.',
      'Talks resume in June.',
    ]);
  });

  it('counts headings, list items and quotes, and strips Markdown syntax', () => {
    const body = '## What is planned\n\n- Talks held in *Geneva*\n- Land remains the issue\n\n> “We are working,” he said.\n';
    const sentences = splitSentences(body);
    expect(sentences.map((s) => [s.block, s.text])).toEqual([
      ['heading', 'What is planned'],
      ['list', 'Talks held in Geneva'],
      ['list', 'Land remains the issue'],
      ['quote', '“We are working,” he said.'],
    ]);
    const geneva = sentences[1]!;
    expect(body.slice(geneva.start, geneva.end)).toBe('Talks held in *Geneva');
  });

  it('keeps curly quotes and non-breaking hyphens verbatim', () => {
    const body = 'Zelenskyy confirmed that he held a 30‑minute call with Trump on Wednesday, focused on “peace.”';
    const [s] = splitSentences(body);
    expect(s?.text).toBe(body);
  });
});

/** Each block's text and, for every character of it, the source offset it maps to. */
const mapped = (blocks: ReturnType<typeof markdownBlocks>) =>
  blocks.map(({ run, kind }) => ({ kind, text: run.text, offsets: [...run.text].map((_, i) => run.source(i)) }));

describe('plainBlocks', () => {
  it('reads plain paragraphs exactly as the Markdown parser does', () => {
    // A fixed-seed generator of bodies: words with inner punctuation, digits, curly quotes,
    // accents, soft line breaks, one or more blank lines, with or without a final newline.
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const words = ['Talks', 'began', 'in', 'Geneva', 'on', 'March', '5,', '2026.', '“We', 'agreed,”', 'said', 'Zelenskyy.', 'Ukraine’s', 'café', 'U.S.', '30-minute', '(in', 'part)', 'a', '50%', '$4', 'one/two', 'it’s', '"yes"', 'what?', 'no!', 'x;', 'y:', 'non‑breaking', 'Kyiv…'];
    // A line opening with a digit could start a list: those bodies go to the parser.
    const starters = words.filter((w) => /^\p{L}|^[“"(]/u.test(w));
    for (let round = 0; round < 300; round += 1) {
      const line = (): string => [starters[next(starters.length)], ...Array.from({ length: next(12) }, () => words[next(words.length)])].join(' ');
      const paragraphs = Array.from({ length: 1 + next(4) }, () => Array.from({ length: 1 + next(3) }, line).join('\n'));
      const body = '\n'.repeat(next(2)) + paragraphs.join('\n'.repeat(2 + next(2))) + (next(2) ? '\n' : '');
      const plain = plainBlocks(body);
      expect(plain, body).toBeDefined();
      expect(mapped(plain!), body).toEqual(mapped(markdownBlocks(body)));
    }
  });

  it('leaves anything Markdown might read as syntax to the parser', () => {
    for (const body of ['A *b* c.', 'A [link](x).', '# Heading', '1. First', '- Item', '> Quote', 'Line  \nbreak', '    code', 'A &amp; B', 'A\\b', 'Under\n===', 'a\r\nb', 'A `code`', ' Leading space']) {
      expect(plainBlocks(body), body).toBeUndefined();
    }
  });
});

describe('segments', () => {
  const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
  const same = (text: string): void => {
    const listed = (found: Iterable<{ index: number; segment: string }>) => [...found].map(({ index, segment }) => [index, segment]);
    expect(listed(segments(text)), JSON.stringify(text)).toEqual(listed(icu.segment(text)));
  };
  it('finds the sentences Intl.Segmenter finds, on one sentence and on many', () => {
    const edges = ['', ' ', 'No stop at all', 'Talks ended.', 'Really?! ', 'He left."', 'Done.)', 'Done.’”', '." "', 'Wait... what now?', '“Yes.” He left.', 'A\nB', 'A\r\nB', 'x\u2028y', 'x\u0085y', 'a。b', 'a．b', 'a․b', 'Stop!” he said.', 'Go!\u200d', 'U.S. talks began.', 'It rose 3.5 percent.', 'Kyiv…', 'Ends with space. '];
    for (const text of edges) same(text);
  });
  it('on the paragraphs of the seed articles and of synthetic news', () => {
    const seeds = readdirSync('tests/fixtures/seeds').map((file) => readFileSync(`tests/fixtures/seeds/${file}`, 'utf8'));
    const synthetic = generateCorpus(100).articles.map((article) => article.body);
    const paragraphs = [...seeds, ...synthetic].flatMap((body) => body.split(/\n{2,}/));
    expect(paragraphs.length).toBeGreaterThan(500);
    for (const paragraph of paragraphs) same(paragraph);
  });
});

describe('parse, the first stage', () => {
  // Data flows one way: sentences are cut before anything is read in them, so what parse needs of a later stage's words lives in parse/lexicon.ts.
  it('imports nothing of the stages that read its sentences', () => {
    const files = readdirSync('src/pipeline/parse').filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(5);
    const later = files.filter((name) => /^import\b[^;]*from\s+'\.\.\/(?:dates|entities|events|merge)\//m.test(readFileSync(`src/pipeline/parse/${name}`, 'utf8')));
    expect(later).toEqual([]);
  });
});
