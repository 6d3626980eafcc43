/**
 * Narrative anchoring on paragraphs written for it (tests/fixtures/dates/narrative.yaml) and
 * on the explainer and background paragraphs of the corpus (corpus-explainers.yaml): a
 * year-less date in a story about the past takes the story's year.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findTemporalExpressions } from './index.ts';
import { sentenceAround } from './tense.ts';

interface Case {
  text: string;
  ref: string;
  expect: Record<string, string>;
}

const cases = parse(readFileSync('tests/fixtures/dates/narrative.yaml', 'utf8')) as Case[];

describe('narrative anchoring', () => {
  it.each(cases.map((c): [string, Case] => [c.text, c]))('%s', (_text, { text, ref, expect: expected }) => {
    const found = Object.fromEntries(findTemporalExpressions(text, String(ref)).map((e) => [e.text, e.value]));
    for (const [span, value] of Object.entries(expected)) expect(found[span], `${span} in ${JSON.stringify(found)}`).toBe(String(value));
  });
});

describe('a sentence read with the paragraph before it', () => {
  it('takes the scene set there, and returns only its own expressions with offsets into itself', () => {
    const found = findTemporalExpressions('On March 18 they spoke again.', '2026-03-20', { before: 'In February 2025 Trump called Putin.' });
    expect(found.map(({ start, end, text, value }) => ({ start, end, text, value }))).toEqual([{ start: 3, end: 11, text: 'March 18', value: '2025-03-18' }]);
  });
  it('reads the news sentence alone as before', () => {
    expect(findTemporalExpressions('On March 18 they spoke again.', '2026-03-20')[0]?.value).toBe('2026-03-18');
  });
});

interface Explainer {
  file: string;
  paragraph: string;
  expect: Record<string, string>;
}

const CORPUS = 'tests/fixtures/corpus';
const explainers = parse(readFileSync('tests/fixtures/dates/corpus-explainers.yaml', 'utf8')) as Explainer[];
const published = new Map(
  (parse(readFileSync(`${CORPUS}/articles.yaml`, 'utf8')) as { articles: { file: string; published: string }[] }).articles.map((a) => [a.file, String(a.published)]),
);

describe('the explainer paragraphs of the corpus, read as the event extraction reads them', () => {
  it.each(explainers.map((e): [string, string, Explainer] => [e.file, e.paragraph, e]))('%s: "%s …"', (file, opening, { expect: expected }) => {
    const paragraph = readFileSync(`${CORPUS}/articles/${file}`, 'utf8')
      .split(/\n\s*\n/)
      .find((p) => p.trimStart().startsWith(opening));
    expect(paragraph, `no paragraph opens with "${opening}"`).toBeDefined();
    const reference = published.get(file)!;
    for (const [span, value] of Object.entries(expected)) {
      const at = paragraph!.indexOf(span);
      expect(at, `"${span}" is in the paragraph`).toBeGreaterThanOrEqual(0);
      // Each sentence with the paragraph's earlier sentences as its context.
      const sentence = sentenceAround(paragraph!, at);
      const found = findTemporalExpressions(paragraph!.slice(sentence.start, sentence.end), reference, { before: paragraph!.slice(0, sentence.start).trim() });
      expect(found.find((e) => e.text === span)?.value, `${span} in ${JSON.stringify(found.map((e) => [e.text, e.value]))}`).toBe(String(value));
    }
  });
});
