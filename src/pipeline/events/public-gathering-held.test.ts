// A public gathering held or hosted for an audience (a screening, a concert, a public talk) is a happening of its day, told ahead or done, one noun
// each so that the report told ahead and the one told after merge; one held as a rule, or its venue, is none. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

describe('a public gathering held or hosted', () => {
  it('is told by its verb of holding or hosting, ahead or done', () => {
    expect(kindsNounsAndDays('The city museum will hold a screening of the restored film for pensioners on Friday.')).toEqual([['other', 'Screening', '2058-03-15']]);
    expect(kindsNounsAndDays('On Monday the orchestra staged an open-air concert in the harbour square.')).toEqual([['other', 'Concert', '2058-03-11']]);
    expect(kindsNounsAndDays('The Kessel Institute hosts a public lecture on the eclipse on Thursday evening.')).toEqual([['other', 'Public talk', '2058-03-14']]);
  });

  it('is told by someone at it', () => {
    expect(kindsNounsAndDays('On Saturday night the band played their old songs at a charity concert in Lusk.')).toEqual([['other', 'Concert', '2058-03-09']]);
    expect(kindsNounsAndDays('Pupils from six schools will see the footage at a special screening in Vell on Tuesday.')).toEqual([['other', 'Screening', '2058-03-19']]);
  });

  it('is a talk given, or one told by whose it is', () => {
    expect(kindsNounsAndDays('Dr Ana Ruiz of the geology department will give a free talk on the eruption in Hall 2 on Friday at 6 p.m.')).toEqual([['other', 'Public talk', '2058-03-15']]);
    expect(kindsNounsAndDays("On Monday evening dozens of us drove to Vell for Professor Marek Sarn's talk on the comet.")).toEqual([['other', 'Public talk', '2058-03-11']]);
    expect(kindsNounsAndDays("Fans queued for hours on Saturday at Ana Ruiz's concert in the harbour.")).toEqual([['other', 'Concert', '2058-03-09']]);
  });

  it('is no talk held as talks, nor talk of something', () => {
    expect(kindsNounsAndDays('The two ministers held talks in Lusk on Monday.')).not.toContainEqual(expect.arrayContaining(['Public talk']));
    expect(kindsNounsAndDays("The crowd cheered at Marek Sarn's talk of a new bridge on Monday.")).not.toContainEqual(expect.arrayContaining(['Public talk']));
  });

  it('is no talk of conversation given', () => {
    expect(kindsNounsAndDays('The coach gave a pep talk on Saturday.')).toEqual([]);
    expect(kindsNounsAndDays('The captain gave the squad a half-time talk in the dressing room on Sunday.')).not.toContainEqual(expect.arrayContaining(['Public talk']));
    expect(kindsNounsAndDays('Ana Ruiz gave a frank talk to the board on Monday.')).not.toContainEqual(expect.arrayContaining(['Public talk']));
  });

  it('is the setting of a meeting told at a talk, a concert or a screening, which keeps its day', () => {
    expect(kindsNounsAndDays('The players met the coach at a talk on Monday.')).toEqual([['meeting', null, '2058-03-11']]);
    expect(kindsNounsAndDays('Lund met Ruiz at a concert in Lusk on Friday.')).toEqual([['meeting', null, '2058-03-08']]);
    expect(kindsNounsAndDays('The two ministers met at a screening of the film on Tuesday.')).toEqual([['meeting', null, '2058-03-12']]);
  });

  it('is no happening as a custom, a venue or a series', () => {
    expect(kindsNounsAndDays('The observatory holds a public talk every Friday.')).toEqual([]);
    expect(kindsNounsAndDays('They met at the concert hall on Friday.')).not.toContainEqual(expect.arrayContaining(['Concert']));
    expect(kindsNounsAndDays('The lecture series resumes on Monday.')).toEqual([]);
  });

  it('is none for a screening that is a check, or a gathering of a year alone', () => {
    expect(kindsNounsAndDays('She was stopped at a security screening at Lusk airport on Monday.')).not.toContainEqual(expect.arrayContaining(['Screening']));
    expect(kindsNounsAndDays('The pharmacy will hold a free diabetes screening on Saturday.')).not.toContainEqual(expect.arrayContaining(['Screening']));
    expect(kindsNounsAndDays('The clinic held a cancer screening for older women on Friday.')).not.toContainEqual(expect.arrayContaining(['Screening']));
    expect(kindsNounsAndDays('She met her husband at a concert in 1990.')).not.toContainEqual(expect.arrayContaining(['Concert']));
    expect(kindsNounsAndDays('He first heard the song at a screening in Lusk in 2041.')).not.toContainEqual(expect.arrayContaining(['Screening']));
  });

  it('is read for several held at once', () => {
    expect(kindsNounsAndDays('The cinema held two screenings of the film on Friday.')).toEqual([['other', 'Screening', '2058-03-08']]);
    expect(kindsNounsAndDays('The choir will stage three concerts in the cathedral on Saturday.')).toEqual([['other', 'Concert', '2058-03-16']]);
  });
});

describe('a celebration, an information session or a watch party held', () => {
  it('is told by its verb of holding or hosting, ahead or done', () => {
    expect(kindsNounsAndDays('Supporters of the mayor held their own celebration in the harbour park on Monday afternoon.')).toEqual([['other', 'Celebration', '2058-03-11']]);
    expect(kindsNounsAndDays('The embassy will host an information session on visa renewals on Thursday at 6 p.m.')).toEqual([['other', 'Information session', '2058-03-14']]);
    expect(kindsNounsAndDays('The students’ union hosted a watch party for the final on Sunday night.')).toEqual([['other', 'Watch party', '2058-03-10']]);
  });

  it('is told by the crowd gathered to watch or follow the count, a match or a speech', () => {
    expect(kindsNounsAndDays('On Tuesday night about sixty people gathered to watch the count at a café in Lusk.')).toEqual([['other', 'Watch party', '2058-03-12']]);
    expect(kindsNounsAndDays('On Sunday hundreds of fans gathered in the old square to follow the final on a big screen.')).toEqual([['other', 'Watch party', '2058-03-10']]);
  });

  it('is an information meeting held, no meeting of sides', () => {
    expect(kindsNounsAndDays('The council will hold an information meeting on the new bridge on Tuesday.')).toEqual([['other', 'Information session', '2058-03-19']]);
    expect(kindsNounsAndDays('On Monday the school hosted an info meeting for parents.')).toEqual([['other', 'Information session', '2058-03-11']]);
  });

  it('is the setting of a meeting told at it, which keeps its day', () => {
    expect(kindsNounsAndDays('At the celebration on Friday Lund met Ruiz.')).toEqual([['meeting', null, '2058-03-08']]);
    expect(kindsNounsAndDays('At a watch party on Sunday night, the candidate met her supporters.')).toEqual([['meeting', null, '2058-03-10']]);
    expect(kindsNounsAndDays('The mayor met the players at the victory party on Monday.')).toEqual([['meeting', null, '2058-03-11']]);
    expect(kindsNounsAndDays('At the concert on Friday the mayor said the city was proud.')).toEqual([['other', 'Concert', '2058-03-08']]);
  });

  it('is none as a custom, or for one who watches alone', () => {
    expect(kindsNounsAndDays('Fans gather every Sunday to watch the match at the club.')).toEqual([]);
    expect(kindsNounsAndDays('The club holds a celebration every year in May.')).toEqual([]);
    expect(kindsNounsAndDays('On Sunday she stayed home to watch the count.')).not.toContainEqual(expect.arrayContaining(['Watch party']));
  });
});
