// What is not an event, told beside what is (events-29's classes, sentences invented here in other
// wordings): a report its sentence says is unconfirmed; each with a real event in the same
// article that must stay one.
import { describe, expect, it } from 'vitest';
import { article, GAZETTEER } from '../../../tests/support/pipeline.ts';
import { extractArticle, extractionContext } from './article-extraction.ts';

const prepared = extractionContext(GAZETTEER);

/** The article's dated events as [kind or noun, status, date], in the order found. */
function events(body: string): string[][] {
  const { found } = extractArticle(article('own', '2063-04-12T09:00:00Z', `${body}\n`), prepared);
  return found.candidates.map((c) => [c.noun ?? c.kind, c.status, c.date.value]);
}

describe('what is not an event', () => {
  it('makes no event of a report its sentence says is unconfirmed, and keeps one told beside a hedge', () => {
    expect(events('Reports in the Castavian press that the premier will visit Ostmark next month could not be confirmed.')).toEqual([]);
    expect(events('A claim that the two envoys met secretly in Solvik on Monday has not been independently verified.')).toEqual([]);
    expect(events('Rumoured talks between the army and the rebels on Tuesday remain unconfirmed.')).toEqual([]);
    expect(events('The governor spoke by phone with the rebel commander on Saturday, according to unverified posts on social media.')).toEqual([]);
    expect(events('Unverified reports said the exiled leader had met army chiefs in Pora on Tuesday.')).toEqual([]);
    // A real event beside a hedge: its comma ends the report's clause.
    expect(events('The ministers met in Belgrave on Tuesday, officials said, though no joint statement followed.')).toEqual([['meeting', 'occurred', '2063-04-10']]);
    expect(events('The two presidents spoke by phone on Wednesday, their offices said, but what they agreed could not be confirmed.')).toEqual([['call', 'occurred', '2063-04-11']]);
  });

  it('makes no event of a gathering a scene only recalls by comparison, and keeps one a person recalls or one the scene came after', () => {
    // Thursday 12 April 2063: Tuesday the 10th.
    expect(events('For the people of Belgrave the day recalled the Arvel summit at the old castle in June 2041, when a similar cordon closed the bridges.')).toEqual([]);
    expect(events('The lockdown of the lakeside was reminiscent of the 2049 talks between the two rivals.')).toEqual([]);
    expect(events('Old residents said the convoys brought back memories of the Solvik summit of 2030.')).toEqual([]);
    // The day's own talks stay an event beside the recalled one.
    expect(events('The ministers met in Belgrave on Tuesday. The scenes evoked the Dornia summit of 2051.')).toEqual([['meeting', 'occurred', '2063-04-10']]);
    // Someone who recalls a gathering may be telling of it: it is read as before.
    expect(events('The minister recalled the summit in Pora on Tuesday, where the accord was drafted.')).toEqual([['summit', 'occurred', '2063-04-10']]);
  });

  it('makes no event of a company owners\' meeting or a sports fixture, and keeps a meeting held at a match', () => {
    expect(events('Shareholders of Castel Mobile will meet in Norport on 20 April to vote on the takeover.')).toEqual([]);
    expect(events('The bank\'s stockholders approved the dividend at the annual general meeting on Tuesday.')).toEqual([]);
    expect(events('Ostmark meet Castavia in Saturday\'s World Cup qualifier in Belgrave.')).toEqual([]);
    expect(events('The two clubs met in the Cup final on Sunday, a rematch of the 2060 final, when they last met.')).toEqual([]);
    expect(events('The chess teams of Arvel and Dornia will meet for the title on Friday.')).toEqual([]);
    // Members of a union meeting, the last round of talks and a meeting at a match are gatherings.
    expect(events('Dockers will hold a members\' meeting at the depot on Friday.')).toEqual([['meeting', 'planned', '2063-04-13']]);
    expect(events('The negotiators met in the final round of talks in Geneva on Tuesday.').map(([, , date]) => date)).toEqual(['2063-04-10']);
    expect(events('The president met the emir at the Cup final in Doha on Sunday.')).toEqual([['meeting', 'occurred', '2063-04-08']]);
  });

  it('reads a past event joined by "and" to a plan of its own subject as past, and a gathering held every season as a habit', () => {
    expect(events('I spoke to the UN envoy by telephone this morning and we agreed to stay in close touch.')).toEqual([['call', 'occurred', '2063-04-12']]);
    expect(events('The premier met the strikers\' leaders on Tuesday and they agreed to talk again in May.').filter(([kind]) => kind === 'meeting')).toEqual([['meeting', 'occurred', '2063-04-10']]);
    expect(events('The Rim foreign ministers meet their southern partners every spring.')).toEqual([]);
    expect(events('The mayors of the twin towns hold talks each autumn.')).toEqual([]);
  });

  it('makes no event of a gathering or call only asked for or asked about, and keeps one told after a question set off before it', () => {
    expect(events('We have requested a meeting with the Belvar energy minister but have had no reply.')).toEqual([]);
    expect(events('The families sought a meeting with the president on Monday.')).toEqual([]);
    expect(events('The opposition is seeking talks with the government before the vote.')).toEqual([]);
    expect(events('Reporters asked if she would meet the rebel leaders in Kell next week.')).toEqual([]);
    expect(events('The senator wanted to know whether the envoy had met the rebels on Monday.')).toEqual([]);
    expect(events('Mr Finch asked whether the Prime Minister had spoken with President Odden since the incident.')).toEqual([]);
    // The question ends at its comma: the main clause tells what happened.
    expect(events('Asked if the talks had failed, she said the two sides met again on Wednesday.')).toEqual([['meeting', 'occurred', '2063-04-11']]);
    expect(events('At Kenya\'s request, the two sides held talks in Nairobi on Monday.')).toEqual([['talks', 'occurred', '2063-04-09']]);
  });

  it('makes no meeting of a name a verb-only trigger word opens after "the", and keeps the verb', () => {
    expect(events('Frost is likely inland tonight; the Met Office has issued a yellow ice warning until Sunday.')).toEqual([]);
    expect(events('Guests at the Met Gala in Norport on Monday wore silver.')).toEqual([]);
    // Lower case it is the verb; opening a sentence it is the verb too.
    expect(events('The ministers met in Belgrave on Tuesday.')).toEqual([['meeting', 'occurred', '2063-04-10']]);
    expect(events('Met by the mayor in Kell on Tuesday, the envoys thanked him.')).toEqual([['meeting', 'occurred', '2063-04-10']]);
  });

  // The outlet's own schedule (own17 tuning's "We will return to … in our weekly podcast on Friday"): the day is its programme's.
  it("makes no event of a happening the outlet will only talk of in its own podcast, newsletter or edition, and keeps what it reports", () => {
    expect(events("We will cover the ministers' meeting in Pora in our live blog on Friday.")).toEqual([]);
    expect(events('We will return to the Lakes Accord anniversary in our weekly podcast on Friday.')).toEqual([]);
    expect(events("Our editors will look back at the Pora summit in next week's newsletter on Monday.")).toEqual([]);
    expect(events("Our correspondent will report on the state visit to Ostmark in tomorrow's edition.")).toEqual([]);
    // Thursday 12 April 2063: Tuesday the 10th, Friday the 13th.
    expect(events('The ministers met in Belgrave on Tuesday, as our correspondent reported.')).toEqual([['meeting', 'occurred', '2063-04-10']]);
    expect(events('The premier will visit Ostmark on Friday, she told our podcast.')).toEqual([['Visit', 'planned', '2063-04-13']]);
    expect(events('The Solvik summit will be streamed live on our website on Friday.')).toEqual([['summit', 'planned', '2063-04-13']]);
  });
});
