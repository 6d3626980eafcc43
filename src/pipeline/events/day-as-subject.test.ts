import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each prayer found, dated or not, as "status date: first sentence cited". */
const prayers = (published: string, text: string): string[] => {
  const { candidates, undated } = extractOne(published, `${text}\n`);
  return [
    ...candidates.filter((c) => c.noun === 'Prayer').map((c) => `${c.status} ${c.date.value}: ${c.evidence.map((e) => e.text.slice(0, 24)).join(' + ')}`),
    ...undated.filter((u) => u.kind === 'other').map((u) => `${u.status} undated: ${u.evidence.text.slice(0, 24)}`),
  ];
};

// Sunday 19 March 2062.
describe('a sentence whose subject is its day', () => {
  it('dates what its paragraph tells after it, across a sentence that reports nothing', () => {
    expect(prayers('2062-03-19', 'Saturday was the day we had waited for. We left the harbour in a hired boat and reached Velm by late morning. The Archbishop prayed with the elders in the old chapel by the river.\n\nTomorrow he prays at the shrine of Saint Oda.')).toEqual([
      'occurred 2062-03-18: The Archbishop prayed wi + Saturday was the day we ',
      'planned 2062-03-20: Tomorrow he prays at the',
    ]);
    expect(prayers('2062-03-19', 'Friday began in the rain. The crowd waited outside for an hour. The Archbishop prayed with the elders in the old chapel.')).toEqual([
      'occurred 2062-03-17: The Archbishop prayed wi + Friday began in the rain',
    ]);
  });

  it('is the scene of its paragraph only: a day told in a sentence with no day for its subject sets the next sentence alone, as before', () => {
    expect(prayers('2062-03-19', 'We left the harbour on Saturday. The weather was grey over the hills. The Archbishop prayed with the elders in the old chapel.')).toEqual(['occurred undated: The Archbishop prayed wi']);
    expect(prayers('2062-03-19', 'Saturday was the day we had waited for.\n\nThe Archbishop prayed with the elders in the old chapel.')).toEqual(['occurred undated: The Archbishop prayed wi']);
  });
});
