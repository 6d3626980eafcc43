import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// Transcripts of our own, with an empty gazetteer: a line-initial speaker tag ("ISHIDA:", "HOST:",
// "Q:") says who is talking, not who took part in what they tell of (merge16-tune's podcast made
// its guest the only participant of the call he described). A near miss: a tag-like word that
// is the subject of the sentence keeps its part.
const timeline = timelineWithoutGazetteer([
  article('podcast-guest', '2041-05-04', 'HOST (ANNA BELL): Welcome back. Tomas, what happened this week?\n\nNOVAK: Yesterday, Friday, another call between Prime Minister Ilse Brandt and President Marco Vitti, about twenty minutes.\n\nBELL: Tomas Novak, thank you.\n'),
  article('radio-interview', '2041-05-06', 'PRESENTER: Good morning. With me is Rana Haddad.\n\nHADDAD: On Monday, Foreign Minister Omar Saleh met his Jordanian counterpart Layla Nasser in Amman.\n\nPRESENTER: Rana Haddad, thanks.\n'),
  article('briefing-q', '2041-05-08', 'Transcript of the daily briefing.\n\nQ: Did the President speak to Chancellor Karl Weber on Tuesday?\n\nSPOKESPERSON LENA FISCHER: President Paul Roth spoke to Chancellor Karl Weber by phone on Tuesday.\n'),
  article('name-colon-near-miss', '2041-05-10', 'Premier Aino Laine met President Jonas Berg in Tallinn on Wednesday. Her aim: a rail deal.\n'),
]);

describe('a speaker tag at the start of a transcript line', () => {
  it('does not make the one talking a participant of the call or meeting they tell of', () => {
    expect(idsOf(firstReportedIn(timeline, 'podcast-guest')?.roles?.present)).not.toContain('tomas-novak');
    expect(idsOf(firstReportedIn(timeline, 'podcast-guest')?.roles?.present)).toEqual(expect.arrayContaining(['ilse-brandt', 'marco-vitti']));
    expect(idsOf(firstReportedIn(timeline, 'radio-interview')?.roles?.present)).not.toContain('rana-haddad');
    expect(idsOf(firstReportedIn(timeline, 'radio-interview')?.roles?.present)).toEqual(expect.arrayContaining(['omar-saleh', 'layla-nasser']));
    expect(idsOf(firstReportedIn(timeline, 'briefing-q')?.roles?.present)).not.toContain('lena-fischer');
    expect(idsOf(firstReportedIn(timeline, 'briefing-q')?.roles?.present)).toEqual(expect.arrayContaining(['paul-roth', 'karl-weber']));
  });

  it('keeps the people of an ordinary sentence', () => {
    expect(idsOf(firstReportedIn(timeline, 'name-colon-near-miss')?.roles?.present)).toEqual(expect.arrayContaining(['aino-laine', 'jonas-berg']));
  });
});
