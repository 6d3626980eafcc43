/**
 * Year-less dates in the corpus articles (tests/fixtures/corpus) resolve to the year of the
 * chronology a careful reader takes from them (expected-timeline.yaml): every day or month
 * written without its year inside an event's evidence, the explainer and background
 * paragraphs included, read against the whole article and its publication day.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findTemporalExpressions } from '../../src/pipeline/dates/index.ts';

const DIR = 'tests/fixtures/corpus';
const articles = (parse(readFileSync(`${DIR}/articles.yaml`, 'utf8')) as { articles: { file: string; published: string }[] }).articles;
const published = new Map(articles.map((a) => [a.file, String(a.published)]));

interface Expected {
  label: string;
  date: string | number | { start: string; end: string };
  accept?: (string | number | { start: string; end: string })[];
  sources?: string[];
  evidence?: string | string[];
}
const events = (parse(readFileSync(`${DIR}/expected-timeline.yaml`, 'utf8')) as { events: Expected[] }).events;

const yearsOf = (date: Expected['date']) => (typeof date === 'object' ? [date.start, date.end] : [String(date)]).map((d) => d.slice(0, 4));
const WRITTEN_YEAR = /\b(?:19|20)\d\d\b|['’]\d\d\b/;

/** Each year-less day or month inside an evidence quote: [article, quote, expression, value, accepted years]. */
const cases = events.flatMap((event) => {
  const accepted = new Set([event.date, ...(event.accept ?? [])].flatMap(yearsOf));
  const quotes = Array.isArray(event.evidence) ? event.evidence : event.evidence ? [event.evidence] : [];
  return (event.sources ?? []).flatMap((file) => {
    const text = readFileSync(`${DIR}/articles/${file}`, 'utf8');
    const expressions = findTemporalExpressions(text, published.get(file)!);
    return quotes.flatMap((quote) => {
      const at = text.indexOf(quote);
      if (at < 0) return [];
      return expressions
        .filter((e) => e.start >= at && e.end <= at + quote.length && e.date && ['day', 'month'].includes(e.date.precision) && !WRITTEN_YEAR.test(e.text))
        .map((e): [string, string, string, string, string[]] => [file, quote.slice(0, 60), e.text, e.value, [...accepted]]);
    });
  });
});

describe('year-less dates of the corpus take the year of the chronology', () => {
  it('finds year-less dates to check', () => expect(cases.length).toBeGreaterThan(40));
  it.each(cases)('%s: "%s…" %s', (_file, _quote, _text, value, years) => {
    expect(years).toContain(value.slice(0, 4));
  });
});
