import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Wires of our own: a named person's judgement of the news, told with a verb of judging and no day in its sentence, below a lead
// that tells the news of the wire's day (Friday 5 September 2053), in a paragraph of its own after the lead.
const statements = (body: string) =>
  timelineWithoutGazetteer([article('a', '2053-09-05', `${body}\n`)])
    .events.filter((e) => e.kind === 'statement')
    .map((e) => `${e.date.value} ${e.participants.map((p) => p.name).join(', ')}`);

const LEAD = 'ORSK, Sept 5 (OW) — The Harbour Board fined Vell Corp 3 million crowns on Friday for dumping ballast water in the bay.';
const after = (sentence: string) => statements(`${LEAD}\n\n${sentence}`);

describe('a named person’s judgement of the day’s news, with no day in its sentence', () => {
  it('is a statement of the lead’s day, whether or not the lead names its speaker', () => {
    expect(after('Ana Ruiz, the mayor of Orsk, called the fine "long overdue".')).toEqual(['2053-09-05 Ana Ruiz']);
    expect(after('Tomas Brandt, the opposition leader, called the decision reckless and unnecessary.')).toEqual(['2053-09-05 Tomas Brandt']);
    expect(after("Tomas Brandt called the board's ruling a victory for the bay.")).toEqual(['2053-09-05 Tomas Brandt']);
    expect(after('Iness Kallberg, the fisheries minister, accused Vell Corp of ignoring three warnings.')).toEqual(['2053-09-05 Iness Kallberg']);
    expect(after("Ana Ruiz condemned the company's silence.")).toEqual(['2053-09-05 Ana Ruiz']);
    expect(after('Ana Ruiz denounced the board.')).toEqual(['2053-09-05 Ana Ruiz']);
    expect(after('Tomas Brandt dismissed the fine as a stunt before the election.')).toEqual(['2053-09-05 Tomas Brandt']);
    expect(after('Ana Ruiz rejected suggestions that the board was to blame.')).toEqual(['2053-09-05 Ana Ruiz']);
    expect(after('Ana Ruiz praised the inspectors who found the leak.')).toEqual(['2053-09-05 Ana Ruiz']);
    expect(after('Ana Ruiz hailed the fine as a turning point.')).toEqual(['2053-09-05 Ana Ruiz']);
  });

  it('is no judgement when "called" is a call, a summons or a demand', () => {
    expect(after('Ana Ruiz called Tomas Brandt to ask about the fine.')).toEqual([]);
    expect(after('Ana Ruiz called a meeting of the harbour council.')).toEqual([]);
    expect(after('Ana Ruiz called the harbour master at home.')).toEqual([]);
    expect(after('Ana Ruiz called the vote a day early.')).toEqual([]);
  });

  it('is no judgement of the day when it is a charge, a label in a relative clause or a judgement of before', () => {
    expect(after('Tomas Brandt, who is accused of taking bribes, declined to comment.')).toEqual([]);
    expect(after('Ana Ruiz, who called the fine a disgrace, left the harbour.')).toEqual([]);
    expect(after('The fine follows the spill of March, which Ana Ruiz called a disaster.')).toEqual([]);
    expect(after('Ana Ruiz once called the board a disgrace.')).toEqual([]);
    expect(after('Ana Ruiz has long called the board a disgrace.')).toEqual([]);
  });

  it('is a person’s: a body the lead does not name is a bystander, as with any saying', () => {
    expect(after('The Dock Workers Guild condemned the fine.')).toEqual([]);
  });
});
