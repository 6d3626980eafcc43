// Two articles' releases of one day with no one named are one release (a company's investor call told by two outlets), unless their
// sentences each name who the release is of and no one in common: Kessel Rail's earnings call and Lusk Freight's are two calls that Tuesday.
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { parseGazetteer } from '../entities/gazetteer.ts';
import { buildTimeline } from '../timeline.ts';
import { article } from '../../../tests/support/pipeline.ts';

const gazetteer = parseGazetteer(
  `organizations:
  kessel-rail: { name: Kessel Rail }
  lusk-freight: { name: Lusk Freight }
`,
  'releases-gazetteer.yaml',
);

// Thursday 13 March 2058.
const statementsOf = (a: string, b: string) =>
  buildTimeline([article('a', '2058-03-13', `${a}\n`), article('b', '2058-03-13', `${b}\n`)], { gazetteer, corrections: parseCorrections('', 'none') }).events.filter(
    (e) => e.kind === 'statement',
  );

describe("two articles' releases of one day", () => {
  it('are one when no one else is named', () => {
    expect(statementsOf('Kessel Rail held an earnings call on Tuesday.', 'Analysts pressed the chief executive during Tuesday’s earnings call.')).toHaveLength(1);
    expect(statementsOf('Kessel Rail held an earnings call on Tuesday.', 'Kessel Rail’s chief executive spoke on Tuesday’s earnings call.')).toHaveLength(1);
  });

  it('are two when each names its own company', () => {
    expect(statementsOf('Kessel Rail held an earnings call on Tuesday.', 'Lusk Freight held an earnings call on Tuesday.')).toHaveLength(2);
  });
});
