// A venue told by a nation's adjective alone ("met at the Egyptian resort") says whose the place is,
// not its name: it stands for a town written with it or near it, and with none it is no place at all
// (never a place called "Egyptian" that no report of the town's gathering can share). Reports of our
// own, with an empty gazetteer.
import { describe, expect, it } from 'vitest';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

const placeOf = (body: string): string | null => reportedIn(timelineWithoutGazetteer([article('story', '2035-03-12', `${body}\n`)]), 'story', 'meeting', 'talks', 'summit')[0]?.place?.name ?? null;

describe('a venue named by a nation\'s adjective', () => {
  it('is no place of its own', () => {
    expect(placeOf('Danish and Swedish ministers met at the Norwegian resort on Sunday.')).toBeNull();
    expect(placeOf('Yesterday more than twenty leaders met at the Egyptian resort for what was billed as a peace summit.')).toBeNull();
  });

  it('so is a sea\'s name before a building word: the headline\'s town places the meeting', () => {
    const timeline = timelineWithoutGazetteer([{ ...article('story', '2035-03-12', 'Bulgarian and Turkish energy ministers met in the Black Sea resort on Tuesday to sign a gas deal.\n'), title: 'Bulgarian and Turkish ministers meet in Varna' }]);
    expect(reportedIn(timeline, 'story', 'meeting').map((e) => e.place?.name ?? null)).toEqual(['Varna']);
  });

  it('stands for the town written with it or near it', () => {
    expect(placeOf('Danish and Swedish ministers flew to Bodø on Saturday. On Sunday they met at the Norwegian resort.')).toBe('Bodø');
    expect(placeOf('Danish and Swedish ministers met at the Norwegian resort in Bodø on Sunday.')).toBe('Bodø');
  });

  it('and the summit it tells is the one another outlet places in the town', () => {
    const timeline = timelineWithoutGazetteer([
      article('qa', '2035-03-12', 'Yesterday afternoon more than twenty leaders met at the Egyptian resort for a peace summit. Israel sent no one.\n'),
      article('wire', '2035-03-11', 'A peace summit on Gaza opened in Sharm el-Sheikh on Sunday with more than twenty leaders.\n'),
    ]);
    expect(reportedIn(timeline, 'qa', 'summit').map((e) => `${e.place?.name} ${e.sources.map((s) => s.article).sort().join('+')}`)).toEqual(['Sharm el-Sheikh qa+wire']);
  });
});
