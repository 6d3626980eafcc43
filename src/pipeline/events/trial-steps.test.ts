// The steps of a trial besides its sentence (own-corpus-14's misses, "The trial opened on 2 September", "Justice Alexandre de Moraes, the rapporteur,
// opened the voting on Tuesday with a five-hour reading", "would put an amnesty bill to a vote in the lower house this week", written here in other
// words): each its day's act. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const nouns = (body: string): (string | null)[] => found(body).map(([, noun]) => noun);

describe("a trial's opening", () => {
  it.each([
    ['The trial opened on 2 March.', '2058-03-02'],
    ['The trial of the former mayor Orla Brandt began in Kessel on Monday.', '2058-03-11'],
    ['On Monday a court in Vellin opened the trial of eight former generals.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Trial', day]);
  });

  it('is none of a trial of anything but someone, nor one still to come', () => {
    expect(nouns('The trial of strength between the two parties began on Monday.')).not.toContain('Trial');
    expect(nouns('A clinical trial of the vaccine started on Monday.')).not.toContain('Trial');
    expect(nouns('The Phase 3 trial began on Monday at 40 hospitals.')).not.toContain('Trial');
    expect(nouns('The human trial began on Monday.')).not.toContain('Trial');
    expect(nouns('The trial has not opened yet.')).not.toContain('Trial');
  });
});

describe("a judge's vote on a bench that votes in turn", () => {
  it.each([
    ['Justice Aram Tesk, the rapporteur, opened the voting on Tuesday with a five-hour reading.', '2058-03-12'],
    ['It had taken the court three days, from the moment Justice Aram Tesk began his reading last Monday morning.', '2058-03-11'],
    ['On Monday Judge Ilse Marr voted to acquit the former minister.', '2058-03-11'],
    ['Justice Aram Tesk opened the voting on Monday. Justice Ilse Marr broke ranks the next day, arguing that the court had no jurisdiction.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Vote', day]);
  });

  it('is none of a reading by anyone else', () => {
    expect(nouns('The actor began his reading on Monday evening.')).not.toContain('Vote');
    expect(nouns('On Monday two deputies of the ruling party broke ranks with the government.')).not.toContain('Vote');
    expect(nouns('Justice Minister Yariv Levin broke ranks with the prime minister on Monday.')).not.toContain('Vote');
    expect(nouns("After the judge's ruling, three senators broke ranks with the party on Monday.")).not.toContain('Vote');
  });
});

describe('a text put to a vote', () => {
  it.each([
    ['The Liberal Party said on Monday it would put an amnesty bill to a vote in the lower house on Thursday.', '2058-03-14'],
    ['The speaker put the motion to a vote on Tuesday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Vote', day]);
  });

  it('is none of a plan put to no vote', () => {
    expect(nouns('The minister put the plan to the cabinet on Monday.')).not.toContain('Vote');
  });
});
