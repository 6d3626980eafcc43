import { describe, expect, it } from 'vitest';
import { firstHappening, groupReferent, isAbout, peopleNamedIn, pronounReferent, summarySentence, type SummarySource } from './summary-sentence.ts';

const one = (sentence: string, kind: Parameters<typeof summarySentence>[0]['kind'] = 'call', names = ['Ilya Sorin', 'Pavel Dromov'], outlet = 'Test Wire'): string =>
  summarySentence({ kind, names, sources: [{ sentence, outlet }] }).text;

describe('summarySentence', () => {
  it('keeps a sentence that says who says so, and credits no outlet over its speaker', () => {
    expect(one('Sorin and Dromov spoke for about 90 minutes and agreed to start negotiations, the Kremlin said.')).toBe(
      'Sorin and Dromov spoke for about 90 minutes and agreed to start negotiations, the Kremlin said.',
    );
    expect(one('Ilya Sorin told reporters on Monday that his call with Pavel Dromov had gone well.')).toBe('Ilya Sorin told reporters on Monday that his call with Pavel Dromov had gone well.');
    expect(one('Sorin and Dromov spoke by phone on Monday, Oleg Varga, a Kremlin aide, said on Tuesday.')).toBe('Sorin and Dromov spoke by phone on Monday, Oleg Varga, a Kremlin aide, said on Tuesday.');
  });

  it('credits a bare statement of fact to its outlet, in one sentence ending with a full stop', () => {
    expect(one('The envoys met in Geneva on Thursday.', 'meeting', [])).toBe('The envoys met in Geneva on Thursday, Test Wire reported.');
    expect(one('The envoys met in Geneva on Thursday.', 'meeting', [], 'unknown')).toBe('The envoys met in Geneva on Thursday, according to an outlet not named.');
    expect(one('The envoys met in Geneva on Thursday.', 'meeting', [], 'Daily Post, carrying Test Wire')).toBe('The envoys met in Geneva on Thursday, according to Daily Post, carrying Test Wire.');
  });

  it('credits a sentence in its writer’s own voice to its outlet: its "I" or "we" says no one', () => {
    expect(one('We announced a new aid package for Sorin’s ministry on Monday, and we will do more.', 'statement')).toBe(
      'We announced a new aid package for Sorin’s ministry on Monday, and we will do more, Test Wire reported.',
    );
    expect(one('I told Pavel Dromov on Tuesday that our talks would go on.', 'statement')).toBe('I told Pavel Dromov on Tuesday that our talks would go on, Test Wire reported.');
    expect(one('I spoke with Pavel Dromov on Tuesday, the minister said.')).toBe('I spoke with Pavel Dromov on Tuesday, the minister said.');
  });

  it('drops a dateline and a framing phrase before the subject', () => {
    expect(one('MOSCOW, December 4. /VW/. Sorin met Dromov in Miami.', 'meeting')).toBe('Sorin met Dromov in Miami, Test Wire reported.');
    expect(one('Kyiv, 3 June - Sorin and Dromov agreed at Monday’s talks to free all wounded prisoners.', 'talks')).toBe('Sorin and Dromov agreed at Monday’s talks to free all wounded prisoners, Test Wire reported.');
    expect(one('KUALA LUMPUR: Sorin will host Dromov for talks on Monday.', 'talks')).toBe('Sorin will host Dromov for talks on Monday, Test Wire reported.');
    expect(one('Following his conversation with Varga, Ilya Sorin also spoke with Pavel Dromov by phone.')).toBe('Ilya Sorin also spoke with Pavel Dromov by phone, Test Wire reported.');
    expect(one('Citing its sources, the Harbour Gazette reported that Sorin and Dromov will meet in Oslo on Thursday.', 'meeting')).toBe(
      'The Harbour Gazette reported that Sorin and Dromov will meet in Oslo on Thursday.',
    );
  });

  it('ends before background that follows the clause reporting the event, keeping who said it', () => {
    expect(one('Sorin met Dromov in Oslo on Friday, a day after his long call with Varga, and left without the loan, Test Wire reported.', 'meeting')).toBe(
      'Sorin met Dromov in Oslo on Friday, Test Wire reported.',
    );
    expect(one('Sorin and Dromov spoke by phone on Monday, a high-stakes conversation confirmed by both capitals as efforts intensify, the ministry said.')).toBe(
      'Sorin and Dromov spoke by phone on Monday, the ministry said.',
    );
    // An aside the sentence goes on after is no end: "…, which ended on Monday, was …".
    expect(one('The two-day summit of Sorin and Dromov in Oslo, which ended on Monday, was less about trade than about pictures.', 'summit')).toBe(
      'The two-day summit of Sorin and Dromov in Oslo, which ended on Monday, was less about trade than about pictures, Test Wire reported.',
    );
    // Nor a clause that names the event's people where the rest does not.
    expect(one('The talks planned for Thursday were pushed back to Friday, officials said, as Sorin met Dromov in Ankara.', 'meeting')).toContain('as Sorin met Dromov in Ankara');
  });

  it('names whom "he" stands for, and says what "it came after"', () => {
    const sources: SummarySource[] = [{ sentence: 'He also announced that the envoys would meet in Oslo on Friday.', outlet: 'Test Wire', referent: 'Ilya Sorin' }];
    expect(summarySentence({ kind: 'meeting', names: [], sources }).text).toBe('Ilya Sorin also announced that the envoys would meet in Oslo on Friday.');
    expect(one('It took place one day after Sorin declared that a deal was close, following Friday’s talks between Dromov and Varga.', 'talks')).toBe(
      'Sorin declared that a deal was close, following Friday’s talks between Dromov and Varga.',
    );
  });

  it('names whom "he" stands for after a phrase of time and as the speaker of a closing attribution, or prefers another sentence', () => {
    const named = (sentence: string) => summarySentence({ kind: 'meeting', names: [], sources: [{ sentence, outlet: 'Test Wire', referent: 'Ilya Sorin' }] }).text;
    expect(named('On Wednesday he flies to Oslo, where he will meet Pavel Dromov.')).toBe('On Wednesday Ilya Sorin flies to Oslo, where he will meet Pavel Dromov, Test Wire reported.');
    expect(named('Sorin and Dromov will meet next week to prepare the summit, he said.')).toBe('Sorin and Dromov will meet next week to prepare the summit, Ilya Sorin said.');
    // A speaker who goes on ("…, he said, adding that …") is still the sentence's closing speaker.
    expect(named('“Dromov had better come to the table in Oslo fast,” he said, adding that he expects progress.')).toBe(
      '“Dromov had better come to the table in Oslo fast,” Ilya Sorin said, adding that he expects progress.',
    );
    const pick = (...sentences: string[]) => summarySentence({ kind: 'meeting', names: ['Ilya Sorin', 'Pavel Dromov'], sources: sentences.map((sentence) => ({ sentence, outlet: 'Test Wire' })) }).source;
    expect(pick('Sorin and Dromov will meet next week to prepare the summit, he said.', 'Sorin and Dromov will meet in Oslo next week, the ministry said.')).toBe(1);
    expect(pick('On Wednesday she meets Dromov in Oslo.', 'Sorin and Dromov will meet in Oslo on Wednesday, the ministry said.')).toBe(1);
  });

  it('leaves a sentence another event was read from to it when it first tells of that event, of one family though they are', () => {
    const summit = 'Leaders gathered in Oslo on Monday for a summit hosted by Sorin, a week after talks between Dromov and Varga opened there.';
    const talks = 'Talks between Dromov and Varga that began in Oslo last week went on for a second week, officials said.';
    const pick = (shared: Parameters<typeof summarySentence>[0]['kind'][]) => summarySentence({ kind: 'talks', names: ['Pavel Dromov'], sources: [{ sentence: summit, outlet: 'Test Wire', shared }, { sentence: talks, outlet: 'Test Wire' }] }).source;
    expect(pick([])).toBe(0);
    expect(pick(['summit'])).toBe(1);
    // Another event that is not what the sentence first tells of leaves it this event's.
    expect(pick(['statement'])).toBe(0);
  });

  it('prefers a sentence about this event, whole, without an unresolved pronoun, to one about another', () => {
    const sources = (...sentences: string[]): SummarySource[] => sentences.map((sentence) => ({ sentence, outlet: 'Test Wire' }));
    const pick = (kind: 'call' | 'meeting', ...sentences: string[]) => summarySentence({ kind, names: ['Ilya Sorin', 'Pavel Dromov'], sources: sources(...sentences) }).source;
    expect(pick('call', 'Sorin met Dromov in Oslo on Friday, a day after their long call.', 'Sorin and Dromov spoke by phone on Thursday.')).toBe(1);
    expect(pick('call', 'He spoke with Dromov by phone on Thursday.', 'Sorin and Dromov spoke by phone on Thursday.')).toBe(1);
    expect(pick('call', 'Sorin said his call with Dromov had covered trade and', 'Sorin and Dromov spoke by phone on Thursday.')).toBe(1);
  });

  it('reads its sources only until one without a flaw, which none after it can beat, and keeps the first of equals', () => {
    const read: string[] = [];
    function* sources(...sentences: string[]): Generator<SummarySource> {
      for (const sentence of sentences) {
        read.push(sentence);
        yield { sentence, outlet: 'Test Wire' };
      }
    }
    const flawless = 'Sorin and Dromov spoke by phone on Thursday, the Kremlin said.';
    const pick = (...sentences: string[]) => summarySentence({ kind: 'call', names: ['Ilya Sorin', 'Pavel Dromov'], sources: sources(...sentences) }).source;
    expect(pick('He spoke with Dromov by phone on Thursday.', flawless, 'Sorin and Dromov also spoke by phone on Thursday, officials said.')).toBe(1);
    expect(read).toHaveLength(2);
    read.length = 0;
    expect(pick('He spoke with Dromov by phone on Thursday.', 'She spoke with Sorin by phone on Thursday.', flawless)).toBe(2);
    expect(read).toHaveLength(3);
  });
});

describe('isAbout', () => {
  it('reads the first happening of the main clause, past a verb of saying and a framing phrase', () => {
    expect(isAbout('Sorin met Dromov in Oslo on Friday, a day after their long call.', 'call')).toBe(false);
    expect(isAbout('Sorin met Dromov in Oslo on Friday, a day after their long call.', 'meeting')).toBe(true);
    expect(isAbout('Sorin told Dromov during Monday’s telephone conversation that a memorandum was ready.', 'call')).toBe(true);
    expect(isAbout('Before the strikes on the port began, Sorin had said the next round of talks would be held in Oslo.', 'strike')).toBe(false);
  });
});

describe('pronounReferent', () => {
  const people = () => ['Ilya Sorin', 'Pavel Dromov'];
  it('is the one person the sentence before names, or its subject when it names two', () => {
    expect(pronounReferent('He also announced talks.', ['Ilya Sorin arrived in Oslo on Sunday.'], people)).toBe('Ilya Sorin');
    expect(pronounReferent('He also announced talks.', ['Foreign Minister Ilya Sorin kept up his attacks on Pavel Dromov.'], people)).toBe('Ilya Sorin');
    expect(pronounReferent('She cautioned against talks.', ['The talks with Sorin and Dromov ended.'], people)).toBeUndefined();
    expect(pronounReferent('Sorin cautioned against talks.', ['Ilya Sorin arrived.'], people)).toBeUndefined();
    expect(pronounReferent('On Wednesday he flies to Oslo.', ['Ilya Sorin arrived in Oslo on Sunday.'], people)).toBe('Ilya Sorin');
    expect(pronounReferent('The envoys will meet next week, he said.', ['Ilya Sorin arrived in Oslo on Sunday.'], people)).toBe('Ilya Sorin');
  });

  it('is, for "…, he said", the one the sentence before has speaking, whoever it names first', () => {
    const before = ['The delegation, headed by Pavel Dromov, will go to Oslo on Tuesday, Prime Minister Ilya Sorin said on Friday.'];
    expect(pronounReferent('Prisoners come first, he said in his evening address.', before, people)).toBe('Ilya Sorin');
    expect(pronounReferent('He will lead it.', before, people)).toBeUndefined();
  });

  it('finds the people the sentences before name, whoever the reports name, and none of two of one surname', () => {
    const entities = new Map([
      ['nadia-varga', { name: 'Nadia Varga', type: 'person' }],
      ['kyiv', { name: 'Kyiv', type: 'place' }],
    ]);
    const before = ['"We need a lasting peace," said Nadia Varga, the group’s president.'];
    expect(pronounReferent('She cautioned against talks.', before, (texts) => peopleNamedIn(texts, entities))).toBe('Nadia Varga');
    const twins = new Map([...entities, ['ilya-varga', { name: 'Ilya Varga', type: 'person' }]]);
    expect(pronounReferent('She cautioned against talks.', before, (texts) => peopleNamedIn(texts, twins))).toBeUndefined();
  });
});

describe('groupReferent', () => {
  it('is the plural subject the sentence just before opens with, for a "they" that opens the sentence', () => {
    expect(groupReferent('They met on Tuesday at the dam.', ['The Velmish and Ostlandic energy ministers flew to Varn on Monday.'])).toBe('the Velmish and Ostlandic energy ministers');
    expect(groupReferent('They met on Tuesday.', ['Both delegations arrived in Varn on Monday.'])).toBe('both delegations');
    const sources: SummarySource[] = [{ sentence: 'They met on Tuesday at the dam.', outlet: 'Test Wire', group: 'the Velmish energy ministers' }];
    expect(summarySentence({ kind: 'meeting', names: [], sources }).text).toBe('The Velmish energy ministers met on Tuesday at the dam, Test Wire reported.');
  });

  it('is nobody when the sentence before opens with a name, names the group elsewhere, or the pronoun does not open', () => {
    expect(groupReferent('They met on Tuesday.', ['The United States sent envoys to Varn.'])).toBeUndefined();
    expect(groupReferent('They met on Tuesday.', ['An article misstated the day of the meeting between the Velmish ministers.'])).toBeUndefined();
    expect(groupReferent('The ministers met on Tuesday.', ['The Velmish ministers flew to Varn.'])).toBeUndefined();
    expect(groupReferent('They met on Tuesday.', [])).toBeUndefined();
  });

  it('judges a source by the first happening given with it (read already where the event was described), not by reading it again', () => {
    const meetingFirst = 'Sorin met Dromov in Oslo on Friday, a day after their long call.';
    const callFirst = 'Sorin and Dromov spoke by phone on Thursday, the Kremlin said.';
    const pick = (first: SummarySource['first'], sentence: string, other: string) =>
      summarySentence({ kind: 'call', names: ['Ilya Sorin', 'Pavel Dromov'], sources: [{ sentence, outlet: 'Test Wire', ...(first === undefined ? {} : { first }) }, { sentence: other, outlet: 'Test Wire' }] }).source;
    // Read: the meeting comes first, so the call's summary is the other sentence; given as the call (or as none), it is this one.
    expect(pick(undefined, meetingFirst, callFirst)).toBe(1);
    expect(pick('call', meetingFirst, callFirst)).toBe(0);
    expect(pick(null, meetingFirst, callFirst)).toBe(0);
    // And the other way: a sentence that reads as the call, given as a meeting, is another event's.
    const alsoCall = 'Both men also spoke by phone on Thursday, officials in Oslo said.';
    expect(pick(undefined, callFirst, alsoCall)).toBe(0);
    expect(pick('meeting', callFirst, alsoCall)).toBe(1);
    expect(firstHappening(meetingFirst, 'call')).toBe('meeting');
    expect(firstHappening(callFirst, 'call')).toBe('call');
  });
});
