// A saying opened by the scene of the story it was said in (own-corpus-3's morning briefing, in sentences written here in other
// words): "On the flight home, she told reporters …", "Hours later she posted a message …" go on with the story told before them.
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { buildTimeline } from '../timeline.ts';
import { article, extractOne, GAZETTEER } from '../../../tests/support/pipeline.ts';

const statements = (published: string, body: string) => extractOne(published, body).candidates.filter((c) => c.kind === 'statement');

// Wednesday 2058-03-13: the dinner "last night" was on Tuesday 12 March.
const DINNER = 'Last night the Chancellor hosted the leaders for dinner at Orsk Castle.\n\n';

describe('a saying opened by the scene of the story', () => {
  it('is on the day of the happening told before it, not the day of the story', () => {
    const [said] = statements('2058-03-13', `${DINNER}On the flight over, Trump told reporters that the alliance "depends on your definition".\n`);
    expect(said).toMatchObject({ date: { value: '2058-03-12' }, participants: ['donald-trump'], datedByPublication: false });
    const [cameras] = statements('2058-03-13', `${DINNER}In front of the cameras, Putin told reporters that the talks had gone well.\n`);
    expect(cameras).toMatchObject({ date: { value: '2058-03-12' }, participants: ['vladimir-putin'] });
  });

  it('after a lapse, with its speaker a pronoun, is another saying of that day', () => {
    const body = `${DINNER}On the flight over, Trump told reporters that the alliance "depends on your definition". Hours later he posted a text message from the Chancellor praising him.\n`;
    expect(statements('2058-03-13', body).map((s) => [s.date.value, s.participants, s.evidence.map((e) => e.sentence)])).toEqual([
      ['2058-03-12', ['donald-trump'], [1]],
      ['2058-03-12', ['donald-trump'], [2]],
    ]);
    const timeline = buildTimeline([article('briefing', '2058-03-13', body)], { gazetteer: GAZETTEER, corrections: parseCorrections('', 'none') });
    expect(timeline.events.filter((e) => e.kind === 'statement').map((e) => e.date.value)).toEqual(['2058-03-12', '2058-03-12']);
  });

  it('with only a pronoun for its speaker and no one named before it in its paragraph, is by the one who did the happening told before', () => {
    const body = 'Putin flew home to Moscow on Tuesday.\n\nThe talks were hard. On the plane home he answered questions from journalists for nearly an hour.\n';
    expect(statements('2058-03-13', body).map((s) => [s.date.value, s.participants])).toEqual([['2058-03-12', ['vladimir-putin']]]);
  });

  it('keeps a day of its own, and a saying with no scene stays on the day of the story', () => {
    expect(statements('2058-03-13', `${DINNER}On the flight to Geneva on Monday, Trump told reporters that the talks would go ahead.\n`)[0]).toMatchObject({ date: { value: '2058-03-11' } });
    expect(statements('2058-03-13', `${DINNER}Trump told reporters that the talks would go ahead.\n`)[0]).toMatchObject({ date: { value: '2058-03-13' }, datedByPublication: true });
  });
});

describe('a briefing’s sections', () => {
  it('are stories of their own: a saying with no day carries on none told under another heading', () => {
    const body = `## Summit\n\nTrump told reporters on Tuesday that the alliance "depends on your definition".\n\n## Ceasefire\n\nThe fighting went on, and Trump told reporters on the lawn that he was not happy.\n`;
    const tuesday = statements('2058-03-13', body).find((s) => s.date.value === '2058-03-12');
    expect(tuesday?.evidence.map((e) => e.text)).toEqual(['Trump told reporters on Tuesday that the alliance "depends on your definition".']);
  });
});
