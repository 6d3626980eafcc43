import { checkDistLinks, formatReport } from '../../scripts/lib/dist-links.ts';
import { expect, test } from './fixtures.ts';

// The served site is the out dir on disk (astro preview), so the check reads the files:
// every internal link, image, form action and #fragment of every page, without crawling.
test('no broken internal link over the whole built site', () => {
  const report = checkDistLinks(process.env.DATELINE_OUT_DIR ?? 'dist');
  expect(report.pages, 'HTML pages in the build').toBeGreaterThan(1);
  expect(report.broken, formatReport(report)).toEqual([]);
});
