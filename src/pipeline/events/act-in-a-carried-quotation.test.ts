// A quotation may run over two sentences ('… "Last year I lost my seat. Today I found my voice." She left.'): what its second sentence tells
// before the closing mark is the speaker's words, no act the article reports.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('an act inside a quotation carried over from the sentence before', () => {
  it.each([
    'Hale spoke after the count: "Last year I lost my seat. Today I found my voice." She smiled.',
    'Vell told the crowd: “We waited ten years for this. This morning we opened the bridge.” The crowd cheered.',
    'The coach was calm: "We lost in March. Today we fixed it," he said.',
  ])('%s', (body) => {
    expect(found(body).map(([, noun]) => noun)).toEqual([]);
  });

  it('but an act told after the closing mark is the article’s', () => {
    expect(found('Hale spoke after the count: "Last year I lost my seat. Today I found my voice." On Monday Ana Ruiz dissolved the council.').map(([, noun]) => noun)).toContain('dissolved');
  });
});
