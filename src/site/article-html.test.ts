import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../pipeline/parse/limits.ts';
import { splitSentences } from '../pipeline/parse/sentences.ts';
import { shownSentences } from '../../tests/support/article-page.ts';
import { articleHtml, type ArticleText } from './article-html.ts';

const eventLink = (id: string) => ({ href: `/events/${id}/`, label: id.slice(0, 1), title: `Event ${id}` });

function render(body: string, citations: Record<number, string[]> = {}): { html: string; document: Document } {
  const article: ArticleText = { body, sentences: splitSentences(body), citations };
  const html = articleHtml(article, eventLink);
  return { html, document: parseHTML(`<!doctype html><html><body>${html}</body></html>`).document };
}

describe('articleHtml', () => {
  it('gives every sentence an anchor s-<index> whose text is the sentence', () => {
    const body = 'First sentence here. Second one *with emphasis* follows.\n\n## A heading\n\n- Talks held in *Geneva*\n- Land remains\n\n> “We are working,” he said. Then he left.\n';
    const { document } = render(body);
    const sentences = splitSentences(body);
    expect(sentences.length).toBe(7);
    expect([...shownSentences(document)]).toEqual(sentences.map((s) => [`s-${s.index}`, s.text]));
  });

  it('reproduces the text of every sentence of every article in content/', () => {
    const dir = 'content/articles';
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const body = readFileSync(join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      const { document } = render(body);
      const sentences = splitSentences(body);
      expect(sentences.length, name).toBeGreaterThan(0);
      expect([...shownSentences(document)], name).toEqual(sentences.map((s) => [`s-${s.index}`, s.text]));
    }
  });

  it('keeps the words of a sentence that an emphasis splits across two sentences', () => {
    const body = 'He arrived *late. She* left early.';
    const { document } = render(body, { 1: ['b-event'] });
    expect([...shownSentences(document)]).toEqual([
      ['s-0', 'He arrived late.'],
      ['s-1', 'She left early.'],
    ]);
    // The second sentence starts inside the emphasis and goes on after it: two highlighted runs.
    const marks = [...document.querySelectorAll('mark.cited')].map((m) => m.textContent);
    expect(marks).toEqual(['She', ' left early.']);
    expect(document.querySelector('mark')?.id).toBe('s-1');
    expect(document.querySelector('em')?.textContent).toBe('late. She');
  });

  it('highlights cited sentences and links them to each of their events after the sentence', () => {
    const { document } = render('Talks began in Geneva. Nothing else happened. Trump spoke to Putin.', { 0: ['a-talks'], 2: ['c-call', 'd-other'] });
    const marks = [...document.querySelectorAll('mark.cited')];
    expect(marks.map((m) => m.id)).toEqual(['s-0', 's-2']);
    expect(document.getElementById('s-1')?.tagName).toBe('SPAN');
    const linksAfter = (mark: Element) => [...(mark.nextElementSibling?.matches('sup.cites') ? mark.nextElementSibling.querySelectorAll('a') : [])];
    expect(linksAfter(marks[0]!).map((a) => a.getAttribute('href'))).toEqual(['/events/a-talks/']);
    expect(linksAfter(marks[1]!).map((a) => a.getAttribute('href'))).toEqual(['/events/c-call/', '/events/d-other/']);
    expect(linksAfter(marks[1]!).map((a) => a.textContent)).toEqual(['c: Event c-call', 'd: Event d-other']);
    expect(document.querySelectorAll('mark a, mark sup')).toHaveLength(0);
  });

  it('never puts a citation link inside a link of the article', () => {
    const { document } = render('Read [the statement. It says more](https://example.com/) today.', { 0: ['x'] });
    expect(document.querySelectorAll('a a')).toHaveLength(0);
    const cite = document.querySelector('sup.cites a');
    expect(cite?.getAttribute('href')).toBe('/events/x/');
    expect(cite?.closest('a[href^="https"]')).toBe(null);
  });

  it('drops raw HTML, scripts, event handlers and javascript: links, and escapes text', () => {
    const body = [
      'Before <script>alert(1)</script> after.',
      '',
      '<img src="https://tracker.example/x.png" onerror="alert(2)">',
      '',
      '<div onclick="alert(3)">block html</div>',
      '',
      'A [bad link](javascript:alert(4)) and a title with \\</script\\><b>bold</b> in it.',
      '',
      '![picture](https://images.example/p.jpg)',
    ].join('\n');
    const { html, document } = render(body);
    expect(html).not.toMatch(/<script|<img|<div|onerror|onclick|javascript:|<b>/i);
    expect(document.querySelectorAll('script, img, [onerror], [onclick]')).toHaveLength(0);
    expect(html).toContain('&#x3C;/script>');
    expect(document.body.textContent).toContain('</script>');
  });

  it('makes the body headings start at h2 so the page title stays the only h1', () => {
    const { document } = render('# Top\n\nText.\n\n## Sub\n\nMore.');
    expect([...document.querySelectorAll('h1, h2, h3')].map((h) => h.tagName)).toEqual(['H2', 'H3']);
    expect(render('## Already second\n\nText.').document.querySelector('h2')?.textContent).toBe('Already second');
  });
});

describe('articleHtml on large articles', () => {
  /** How many times rendering reads a sentence of the article's list. */
  function sentenceReads(body: string): number {
    const sentences = splitSentences(body);
    let reads = 0;
    const counted = new Proxy(sentences, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    articleHtml({ body, sentences: counted, citations: {} }, eventLink);
    return reads;
  }

  it('looks sentences up in n log n, not n² (a search per character made a 1 MB page take 10 s)', () => {
    const paragraph = 'Talks resumed in *Geneva* on Monday. Delegations met again on Tuesday.\n\n';
    const small = sentenceReads(paragraph.repeat(500));
    const large = sentenceReads(paragraph.repeat(2000));
    // Four times the text: about 4.5 times the reads for n log n, 16 times for n².
    expect(large / small).toBeLessThan(6);
  });

  it('renders blocks nested as deep as the limit allows', () => {
    const depth = LIMITS.nestingDepth;
    const body = `${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}.`).join('\n')}\n\n${'> '.repeat(depth)}Quoted deep.\n`;
    const { document } = render(body);
    expect(document.querySelectorAll('li')).toHaveLength(depth);
    expect(document.querySelectorAll('blockquote')).toHaveLength(depth);
    expect(document.querySelector('blockquote span')?.textContent).toBe('Quoted deep.');
  });
});
