import { describe, expect, it } from 'vitest';
import { articleNamesSurname, keepPeopleArticleNames, shareTheirStory, surnameReader } from './article-people.ts';
import { report } from '../../../tests/support/reports.ts';

describe('keepPeopleArticleNames', () => {
  it('gives the people its article names to a call, a gathering or a happening told by its noun with no one taking part, and to nothing else', () => {
    const nameless = report({ article: 'a', kind: 'call', mentions: ['ken-ishida'] });
    const named = report({ article: 'a', kind: 'call', participants: ['chidi-okafor'] });
    const meeting = report({ article: 'a', kind: 'meeting' });
    const namedMeeting = report({ article: 'a', kind: 'talks', participants: ['chidi-okafor'] });
    const strike = report({ article: 'a', kind: 'strike' });
    const truce = report({ article: 'a', kind: 'other', noun: 'ceasefire' });
    const reports = [nameless, named, meeting, namedMeeting, strike, truce];
    keepPeopleArticleNames(reports, 'Halvorsen asked for it.', surnameReader(['ingrid-halvorsen', 'chidi-okafor']));
    expect(reports.map((c) => c.peopleArticleNames)).toEqual([['ingrid-halvorsen'], undefined, ['ingrid-halvorsen'], undefined, undefined, ['ingrid-halvorsen']]);
  });

  it('reads an article with no nameless report not at all', () => {
    let read = 0;
    keepPeopleArticleNames([report({ article: 'a', kind: 'strike' })], 'Halvorsen asked for it.', () => (read += 1, []));
    expect(read).toBe(0);
  });
});

describe('surnameReader', () => {
  const namesIn = surnameReader(['sanae-takaichi', 'recep-tayyip-erdogan', 'donald-trump', 'melania-trump']);
  it('finds a person by the last word of their id, letters folded, capitalised or in capitals, as a whole word', () => {
    expect(namesIn('Takaichi asked for it; TRUMP listened.')).toEqual(['sanae-takaichi', 'donald-trump', 'melania-trump']);
    expect(namesIn('Erdoğan listened.')).toEqual(['recep-tayyip-erdogan']);
    expect(namesIn("The Trumpeter played; Trump's aide did not.")).toEqual(['donald-trump', 'melania-trump']);
    expect(namesIn('The Trumpeter played.')).toEqual([]);
  });

  it('reads a surname that is also a common word only where it is written as a name', () => {
    const namesIn = surnameReader(['theresa-may', 'neil-young', 'ingrid-halvorsen']);
    expect(namesIn('Talks may resume; a young aide said so.')).toEqual([]);
    expect(namesIn('The talks, Mrs May said, may resume.')).toEqual(['theresa-may']);
    expect(namesIn('Ministers met for hours. Young aides waited outside, and young diplomats too.')).toEqual([]);
    expect(namesIn('Ministers met for hours. Young asked for it, and May listened.')).toEqual(['neil-young', 'theresa-may']);
    expect(namesIn('"Halvorsen asked for it," an aide said. HALVORSEN left.')).toEqual(['ingrid-halvorsen']);
    expect(namesIn('the halvorsen file')).toEqual([]);
    // Lower case only as a whole word: "youngest" and "may-day" are not "young" and "may".
    expect(namesIn('Young spoke first. The youngest aide listened.')).toEqual(['neil-young']);
    expect(namesIn('Ministers met. May spoke; young_aides and mayday calls did not count.')).toEqual(['theresa-may']);
  });

  it('matches a surname of other characters than letters as a pattern, whole', () => {
    const oNeill = surnameReader(["aoife-o'neill"]);
    expect(oNeill("Aoife O'Neill's column")).toEqual(["aoife-o'neill"]);
    expect(oNeill("Ao'Neill")).toEqual([]);
    expect(oNeill("the o'neill file")).toEqual([]);
  });
});

describe('articleNamesSurname', () => {
  it('reads the people kept on a report, and none on a report that kept none', () => {
    const call = report({ article: 'a', kind: 'call', peopleArticleNames: ['sanae-takaichi'] });
    expect(articleNamesSurname(call, 'sanae-takaichi')).toBe(true);
    expect(articleNamesSurname(call, 'donald-trump')).toBe(false);
    expect(articleNamesSurname(report({ article: 'a', kind: 'call' }), 'donald-trump')).toBe(false);
  });
});

describe('shareTheirStory', () => {
  it('holds for two articles naming two people or more in common, never one article, one name or none', () => {
    const told = (article: string, peopleArticleNames?: string[]) => report({ article, kind: 'other', noun: 'ceasefire', ...(peopleArticleNames ? { peopleArticleNames } : {}) });
    expect(shareTheirStory(told('a', ['hun-manet', 'anwar-ibrahim', 'donald-trump']), told('b', ['anwar-ibrahim', 'hun-manet']))).toBe(true);
    expect(shareTheirStory(told('a', ['hun-manet', 'anwar-ibrahim']), told('a', ['anwar-ibrahim', 'hun-manet']))).toBe(false);
    expect(shareTheirStory(told('a', ['hun-manet', 'donald-trump']), told('b', ['donald-trump', 'benjamin-netanyahu']))).toBe(false);
    expect(shareTheirStory(told('a'), told('b', ['donald-trump', 'hun-manet']))).toBe(false);
  });
});
