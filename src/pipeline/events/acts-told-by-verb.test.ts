// Happenings told by a verb the triggers did not know (own-corpus-7's misses, sentences written
// here in other words): a speech told by its audience, fighting that broke out, forces that
// withdrew or moved in, someone sworn in, a state that struck a target, a text signed with a list between
// it and its verb.
import { describe, expect, it } from 'vitest';
import { extractOne, kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a speech told by whom it was given to is a statement', () => {
  it.each([
    ['Zelensky addressed both houses of the Velsland parliament on Tuesday afternoon.', '2058-03-12'],
    ['On Monday Putin addressed the nation from the Kremlin.', '2058-03-11'],
    ['Zelensky addressed parliament in Lusk on Monday.', '2058-03-11'],
    // A planner's present, dated by its own day here as under a day heading.
    ['Putin addresses the nation from the Kremlin on Friday.', '2058-03-15'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['statement', null, day]]);
  });

  it('but not a question, a problem or a chamber’s concerns addressed', () => {
    expect(found('Zelensky addressed the concerns of the chamber on Monday.')).toEqual([]);
    expect(found('The minister addressed the issue of pensions on Monday.')).toEqual([]);
  });
});

describe('fighting that broke out, flared or resumed is an event of its day', () => {
  it.each([
    ['Clashes erupted in the northern province on Sunday between rival militias.', '2058-03-10'],
    ['Fighting broke out near the border on Monday.', '2058-03-11'],
    ['On Tuesday, fighting flared up again as militias converged on the town.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Fighting breaks out', day]]);
  });

  it('but not fighting that began to ease, nor one told by the act that began it', () => {
    expect(found('The fighting began to ease on Monday.')).toEqual([]);
    expect(found('The fighting began on Monday, when rebels shelled the airport.')).toEqual([['strike', null, '2058-03-11']]);
    expect(found('The latest clashes erupted on Sunday, when militias fired rockets at the town.')).toEqual([['strike', null, '2058-03-10']]);
  });
});

describe('forces that withdrew are a withdrawal of its day', () => {
  it.each([
    ['Army units withdrew from the port on Tuesday night.', '2058-03-12'],
    ['The troops withdrew to their barracks on Monday.', '2058-03-11'],
    ['The army withdrew two brigades from the border on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Withdrawal', day]]);
  });

  it('but not one called for, nor a party leaving a coalition', () => {
    expect(found('The opposition demanded the withdrawal of foreign troops on Monday.').filter(([, noun]) => noun === 'Withdrawal')).toEqual([]);
    expect(found('The party withdrew from the coalition on Monday.')).toEqual([['other', 'Coalition exit', '2058-03-11']]);
  });
});

describe('forces that went into a place are their moving in, of its day', () => {
  it.each([
    ['Army columns moved in on Tuesday morning, saying they had come to keep order.', '2058-03-12'],
    ['Rebel units had moved into the port on Monday night.', '2058-03-11'],
    ['On Sunday government troops entered the provincial capital.', '2058-03-10'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Forces move in', day]]);
  });

  it('but not a family that moved in, nor forces entered into talks', () => {
    expect(found('The new tenants moved in on Monday.')).toEqual([]);
    expect(found('The rebel forces entered into talks on Monday.').filter(([, noun]) => noun === 'Forces move in')).toEqual([]);
  });
});

describe('someone sworn in by name is an appointment', () => {
  it.each([
    ['Zelensky was sworn in on Tuesday evening.', '2058-03-12'],
    ['Putin had been sworn in on Monday morning.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Appointment', day]]);
  });

  it('but not a witness sworn in to a trial', () => {
    expect(found('The witness was sworn in on Tuesday.')).toEqual([]);
  });
});

describe('a state that struck a target of war is a strike', () => {
  it.each([
    ['Velsland struck rebel tanks south of the city on Monday.', '2058-03-11'],
    ['Nordmark hit army positions near the border on Tuesday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['strike', null, day]]);
  });

  it('but not a storm (a hazard that struck, hazards.test.ts), nor a deal struck', () => {
    expect(found('Storm Ciaran hit the town on Monday.').map(([kind, noun]) => [kind, noun])).toEqual([['other', 'Hazard struck']]);
    expect(found('Putin struck a deal on Monday.').map(([kind]) => kind)).not.toContain('strike');
  });
});

describe('a text signed, with the sides or a list between it and its verb', () => {
  it.each([
    ['The ceasefire deal between the army, the rebels and the tribal elders was signed on Tuesday in Lusk.', '2058-03-12'],
    ['The border treaty between Velsland and Nordmark had been signed in Lusk on 9 April 1991.', '1991-04-09'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Agreement signed', day]]);
  });
});

describe('a paper’s view in a press review is no statement', () => {
  it.each([
    'A Lusk daily wrote on Friday that the state had lost the south in a week.',
    'On Thursday an opposition weekly argued that the truce would not hold.',
    'The main Nordmark newspaper said on Monday that the talks had been a mistake.',
  ])('%s', (body) => {
    expect(found(body)).toEqual([]);
  });

  // Never left off silently: the editor is told which sentence and how to add it, should it be news.
  it.each([
    ['A Lusk daily wrote on Friday that the state had lost the south in a week.', 'A Lusk daily', '2058-03-08'],
    ['The state daily wrote on Monday that the vote was lost.', 'The state daily', '2058-03-11'],
  ])('%s is named in a warning', (body, paper, day) => {
    const { warnings } = extractOne('2058-03-13', `${body}\n`);
    expect(warnings.map((w) => w.message)).toContain(`a, sentence 1: what a paper or commentator (“${paper}”) wrote on ${day} was not taken as a statement; if it is news, add it in content/corrections.yaml: “${body}”`);
  });

  it('but a ministry’s saying on a day stays one', () => {
    expect(found('The foreign ministry said on Friday that the border would reopen.')).toEqual([['statement', null, '2058-03-08']]);
  });
});
