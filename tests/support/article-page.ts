/**
 * The text of each sentence as an article page shows it (src/site/article-html.ts): a run
 * with an id starts sentence `s-<n>`, a run without one continues the sentence before it
 * (citation links left out).
 */
export function shownSentences(document: Document): Map<string, string> {
  const texts = new Map<string, string>();
  let current = '';
  for (const run of document.querySelectorAll('span:not(.visually-hidden), mark')) {
    if (run.id) current = run.id;
    texts.set(current, (texts.get(current) ?? '') + run.textContent);
  }
  return texts;
}
