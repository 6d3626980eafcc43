import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Wires of our own: a named person's judgement of the news, told with a verb of judging and no day in its sentence, below a lead
// that tells the news of the wire's day (Friday 5 September 2053), in a paragraph of its own after the lead.
const LEAD = 'ORSK, Sept 5 (OW) — The Harbour Board fined Vell Corp 3 million crowns on Friday for dumping ballast water in the bay.';
const statementsAfterTheLead = (sentence: string) =>
  timelineWithoutGazetteer([article('a', '2053-09-05', `${LEAD}\n\n${sentence}\n`)])
    .events.filter((e) => e.kind === 'statement')
    .map((e) => `${e.date.value} ${e.participants.map((p) => p.name).join(', ')}`);

describe('a named person’s judgement of the day’s news, with no day in its sentence', () => {
  it('is a statement of the lead’s day when an office-holder judges, whether or not the lead names them', () => {
    const judged: [string, string][] = [
      ['Ana Ruiz, the mayor of Orsk, called the fine "long overdue".', 'Ana Ruiz'],
      ['Tomas Brandt, the opposition leader, called the decision reckless and unnecessary.', 'Tomas Brandt'],
      ["Opposition leader Tomas Brandt called the board's ruling a victory for the bay.", 'Tomas Brandt'],
      ['Iness Kallberg, the fisheries minister, accused Vell Corp of ignoring three warnings.', 'Iness Kallberg'],
      ["Ana Ruiz, the deputy mayor, condemned the company's silence.", 'Ana Ruiz'],
      ['Deputy Mayor Ana Ruiz denounced the board.', 'Ana Ruiz'],
      ['Tomas Brandt, head of the dockers’ union, dismissed the fine as a stunt before the election.', 'Tomas Brandt'],
      ['Environment Minister Ana Ruiz rejected suggestions that the board was to blame.', 'Ana Ruiz'],
      ['Ana Ruiz, the harbour master’s spokeswoman, praised the inspectors who found the leak.', 'Ana Ruiz'],
      ['Ana Ruiz, a senator for Orsk, hailed the fine as a turning point.', 'Ana Ruiz'],
    ];
    expect(judged.map(([sentence]) => statementsAfterTheLead(sentence))).toEqual(judged.map(([, judge]) => [`2053-09-05 ${judge}`]));
  });

  it('is none when "called" is a call, a summons or a time; nor a charge, a label in a relative clause, a judgement of before, or a bystander’s (no office, not named in the lead)', () => {
    const none = [
      'Ana Ruiz called Tomas Brandt to ask about the fine.',
      'Ana Ruiz called a meeting of the harbour council.',
      'Ana Ruiz called the harbour master at home.',
      'Ana Ruiz called the vote a day early.',
      'Tomas Brandt, who is accused of taking bribes, declined to comment.',
      'Ana Ruiz, who called the fine a disgrace, left the harbour.',
      'The fine follows the spill of March, which Ana Ruiz called a disaster.',
      'Ana Ruiz once called the board a disgrace.',
      'Ana Ruiz has long called the board a disgrace.',
      'The Dock Workers Guild condemned the fine.',
      'Tomas Brandt called the board’s ruling a victory for the bay.',
      'Ana Ruiz praised the inspectors who found the leak.',
    ];
    expect(none.flatMap(statementsAfterTheLead)).toEqual([]);
  });
});

// The review of s67 (review2.md): below a lead of the wire's day (Wednesday 13 March 2058), judgements that are no voice of its news.
const LIBRARY_LEAD = 'KESSEL, March 13 (OW) — The Kessel Council closed the central library on Wednesday to save money.';
const statementsAfterTheLibraryLead = (rest: string) =>
  timelineWithoutGazetteer([article('b', '2058-03-13', `${LIBRARY_LEAD}\n\n${rest}\n`)])
    .events.filter((e) => e.kind === 'statement')
    .map((e) => `${e.date.value} ${e.title}`);

describe('a judgement that is no voice of the day’s news', () => {
  const noneOf = (rest: string[]) => expect(rest.map(statementsAfterTheLibraryLead)).toEqual(rest.map(() => []));

  it('is the reporter’s when another speaks it ("…, Lund said"): the title never repeats the judge as its speaker', () => {
    const reported = [
      'Ana Ruiz called the council\'s decision "shameful", Lund said.',
      'Tomas Brandt, the opposition leader, called the closure a disgrace, a council spokesman said.',
    ];
    expect(reported.flatMap(statementsAfterTheLibraryLead).filter((title) => /Ruiz says Ana Ruiz|Brandt says Tomas Brandt|(?:Ruiz|Brandt) makes a statement/.test(title))).toEqual([]);
  });

  it('is none when denied or heard from another', () => {
    noneOf([
      'Ana Ruiz, the deputy mayor, never called the plan reckless.',
      'Tomas Brandt, the opposition leader, has not condemned the closure.',
      'According to Lund, Ana Ruiz, the deputy mayor, called the plan reckless.',
      'Ana Ruiz, the deputy mayor, reportedly called the plan reckless.',
      'Tomas Brandt, the opposition leader, allegedly denounced the council.',
    ]);
  });

  it('is none when its verb is a call, a sentence, an informing or a firing', () => {
    noneOf([
      'Ana Ruiz, the deputy mayor, called the emergency department.',
      'Ana Ruiz, the deputy mayor, called the general hospital.',
      'Ana Ruiz, the deputy mayor, called the regional hospital.',
      'Ana Ruiz, the deputy mayor, called the mayor a dozen times.',
      'Tomas Brandt, the opposition leader, called the Italian restaurant.',
      'Tomas Brandt, the opposition leader, called the dental clinic twice.',
      'Tomas Brandt, the opposition leader, called the mayor several times.',
      'Judge Ana Ruiz condemned Lund to ten years in prison.',
      'The court condemned the two guards to death.',
      'Ana Ruiz, the deputy mayor, denounced her neighbour to the police.',
      'Ana Ruiz, the deputy mayor, dismissed her chief of staff as the scandal grew.',
      'Tomas Brandt, the opposition leader, dismissed his spokesman as soon as the tapes emerged.',
      // The review of s68 (review.md, item 14): a service sent for.
      'Culture Minister Ana Ruiz called her daughter a doctor.',
      'Culture Minister Ana Ruiz called the librarians a taxi.',
      'Tomas Brandt, the opposition leader, called the injured reader an ambulance.',
      // The review of s68 (review.md, item 14): an inspector's order.
      'Culture Minister Ana Ruiz condemned the building.',
      'Tomas Brandt, the opposition leader, condemned the old harbour tower as unsafe.',
    ]);
  });

  it('is none when told as a profile’s past ("As mayor, …") or by a bystander (no office, not named in the lead)', () => {
    noneOf([
      'Ana Ruiz, 54, was mayor from 2040 to 2048. As mayor, Ana Ruiz denounced the library board.',
      'Ana Ruiz, 54, was mayor from 2040 to 2048.\n\nIn her first term she cut the library budget by half. Ana Ruiz called the libraries a luxury.',
      'As a young senator, Ana Ruiz denounced the closure of the old museum.',
      'As head of the harbour guild, Tomas Brandt, the opposition leader, condemned the dredging plan.',
      'Ana Ruiz called the closure a tragedy.\n\nPiet Lund called the decision shameful.\n\nMaria Vell condemned the council.\n\nKarl Berg praised the librarians.\n\nSara Holm accused the mayor of cowardice.',
      'Prosecutor Ana Ruiz accused Lund of taking bribes.',
      // The review of s68 (review.md, item 14): a stance held over a span.
      'Culture Minister Ana Ruiz condemned the practice for decades.',
      'Culture Minister Ana Ruiz criticised the council for years.',
      'Tomas Brandt, the opposition leader, praised the librarians throughout his career.',
      // The review of s68 (review.md, item 14): an office held then.
      'Then culture minister Ana Ruiz praised the council.',
      'Ana Ruiz, then the deputy mayor, denounced the library board.',
      'Tomas Brandt, at the time opposition leader, condemned the closure of the old museum.',
    ]);
  });

  it('is still a statement of the day when an office-holder judges the news', () => {
    expect(statementsAfterTheLibraryLead('Ana Ruiz, the deputy mayor, called the closure a tragedy.')).toHaveLength(1);
    expect(statementsAfterTheLibraryLead('Opposition leader Tomas Brandt condemned the decision to close the library.')).toHaveLength(1);
    expect(statementsAfterTheLibraryLead('Opposition leader Tomas Brandt condemned the building of a car park on the site.')).toHaveLength(1);
    expect(statementsAfterTheLibraryLead('Culture Minister Ana Ruiz criticised the council for years of neglect.')).toHaveLength(1);
    expect(statementsAfterTheLibraryLead('Culture Minister Ana Ruiz called the closure a disgrace for the town.')).toHaveLength(1);
    expect(statementsAfterTheLibraryLead('Culture Minister Ana Ruiz rejected suggestions that the closure was final and said the council would review it.')).toEqual(['2058-03-13 Ana Ruiz says the council would review it']);
  });
});

describe('a judgement after a plan told ahead of the day', () => {
  it('is still a statement of the lead’s day: the plan looks ahead and leaves the story on its day', () => {
    const afterAPlan = (plan: string, judgement: string) => statementsAfterTheLibraryLead(`${plan}\n\n${judgement}`);
    expect(afterAPlan('The council will vote on selling the building on Friday.', 'Culture Minister Ana Ruiz called the closure a disgrace.')).toEqual(['2058-03-13 Ana Ruiz makes a statement']);
    expect(afterAPlan('Librarians plan to march on the town hall on Saturday.', 'Tomas Brandt, the opposition leader, condemned the decision.')).toEqual(['2058-03-13 Tomas Brandt makes a statement']);
  });
});
