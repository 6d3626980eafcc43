import { describe, expect, it } from 'vitest';
import { articleNamesSurname, keepArticleOfNamelessReports } from './article-people.ts';
import { report } from '../../../tests/support/reports.ts';

describe('keepArticleOfNamelessReports', () => {
  it('keeps the article on a call or a gathering with no one taking part, and on nothing else', () => {
    const nameless = report({ article: 'a', kind: 'call', mentions: ['ken-ishida'] });
    const named = report({ article: 'a', kind: 'call', participants: ['chidi-okafor'] });
    const meeting = report({ article: 'a', kind: 'meeting' });
    const namedMeeting = report({ article: 'a', kind: 'talks', participants: ['chidi-okafor'] });
    const strike = report({ article: 'a', kind: 'strike' });
    keepArticleOfNamelessReports([nameless, named, meeting, namedMeeting, strike], 'Halvorsen asked for it.');
    expect([nameless, named, meeting, namedMeeting, strike].map((c) => c.articleText)).toEqual(['Halvorsen asked for it.', undefined, 'Halvorsen asked for it.', undefined, undefined]);
  });
});

describe('articleNamesSurname', () => {
  const call = (articleText?: string) => report({ article: 'a', kind: 'call', ...(articleText === undefined ? {} : { articleText }) });
  it('finds a person by the last word of their id in a nameless call\'s article, letters folded, as a whole word', () => {
    expect(articleNamesSurname(call('Takaichi asked for it.'), 'sanae-takaichi')).toBe(true);
    expect(articleNamesSurname(call('Erdoğan listened.'), 'recep-tayyip-erdogan')).toBe(true);
    expect(articleNamesSurname(call('The Trumpeter played.'), 'donald-trump')).toBe(false);
    expect(articleNamesSurname(call(), 'donald-trump')).toBe(false);
  });
});
