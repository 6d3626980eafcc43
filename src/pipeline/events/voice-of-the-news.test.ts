import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { SAYING_TOLD_AS_DONE } from './lexicon.ts';

// Wires of our own: a named voice with no day in its sentence, below a lead that tells the news of the wire's day.
// Friday 5 September 2053.
const statements = (body: string, published = '2053-09-05') =>
  timelineWithoutGazetteer([article('a', published, `${body}\n`)])
    .events.filter((e) => e.kind === 'statement')
    .map((e) => `${e.date.value} ${e.participants.map((p) => p.name).join(', ')}`);

const LEAD = 'ORSK, Sept 5 (OW) — The Harbour Board fined Vell Corp 3 million crowns on Friday for dumping ballast water in the bay.';

describe('a named voice of the day’s news, with no day in its sentence', () => {
  it('speaks on the lead’s day', () => {
    expect(statements(`${LEAD}\n\nThe fine is the largest the board has imposed.\n\nVell Corp said it would appeal.`)).toEqual(['2053-09-05 Vell Corp']);
  });

  it('is the person whose office a body in the possessive names', () => {
    expect(statements(`${LEAD}\n\nIness Kallberg, the Harbour Board's director for the western docks, said the company had ignored three warnings.`)).toEqual(['2053-09-05 Iness Kallberg']);
  });

  it('is a voice whose office is of a place the lead names', () => {
    const quake = 'ORSK, Sept 5 (OW) — A strong earthquake struck the Dorva coast near Orsk at 9:10 on Friday, cutting power to the port.';
    expect(statements(`${quake}\n\nDorva's governor, Tomas Vell, said in a video that two schools had been damaged.`)).toEqual(['2053-09-05 Tomas Vell']);
  });

  it('is no statement of a bystander the lead does not name', () => {
    expect(statements(`${LEAD}\n\nThe fine is the largest the board has imposed.\n\nThe Dock Workers Guild said the fine came too late.`)).toEqual([]);
  });

  it('is no statement in the present of a standing position', () => {
    expect(statements(`${LEAD}\n\nVell Corp says its ships follow every rule.`)).toEqual([]);
  });

  it('is no statement once the story has moved off its day', () => {
    expect(statements(`${LEAD}\n\nThe board opened its inquiry in June 2051.\n\nVell Corp said it would appeal.`)).toEqual([]);
  });

  it('is the speaker, not a name in a clause before it', () => {
    expect(statements(`${LEAD}\n\nUnlike Vell Corp, Iness Marr said she had always obeyed the rules.`)).toEqual([]);
    expect(statements(`${LEAD}\n\nAfter the Harbour Board's decision, Iness Marr said the rules were too weak.`)).toEqual([]);
    expect(statements(`${LEAD}\n\nAs the Harbour Board's inspectors left, the Dock Workers Guild said the fine came too late.`)).toEqual([]);
    expect(statements(`${LEAD}\n\nVell Corp's chief executive Ana Ruiz said the company would appeal.`)).toEqual(['2053-09-05 Ana Ruiz']);
  });

  it('is no statement when its own sentence puts the saying at another time', () => {
    expect(statements(`${LEAD}\n\nTwo years ago Vell Corp was fined for the same offence. Vell Corp said then that it had changed its ways.`)).toEqual([]);
    expect(statements(`${LEAD}\n\nWhen Vell Corp was founded, its owner promised clean ships. Vell Corp said at the time that the bay would stay clean.`)).toEqual([]);
    expect(statements(`${LEAD}\n\nVell Corp said in its last annual report that the bay was its lifeline.`)).toEqual([]);
    expect(statements(`${LEAD}\n\nBack then, Vell Corp told reporters that its tanks were sealed.`)).toEqual([]);
    expect(statements(`${LEAD}\n\nVell Corp said in a statement that it would pay once the ruling was final.`)).toEqual(['2053-09-05 Vell Corp']);
  });

  it('is no statement of a standing position told in the perfect', () => {
    expect(statements(`${LEAD}\n\nVell Corp has always denied wrongdoing.`)).toEqual([]);
    expect(statements(`${LEAD}\n\nVell Corp has never denied that its tanks leaked.`)).toEqual([]);
  });

  it('is no statement of one who sat at a table the story told: an account of it', () => {
    expect(statements('ORSK, Sept 5 (OW) — Tomas Vell met Iness Kallberg at the harbour office on Friday.\n\nTomas Vell said the harbour would stay open.')).toEqual([]);
  });

  it('is no statement below a lead of another day', () => {
    const monday = 'Oren Vask resigned as chairman of the Harbour Board on Sunday evening.';
    expect(statements(`${monday}\n\nVell Corp said it would study the news.`, '2053-09-08')).toEqual([]);
  });

  it('takes a verb of saying told in the regular past, and no present that ends in "-eed"', () => {
    expect(['said', 'announced', 'denied', 'told'].filter((verb) => SAYING_TOLD_AS_DONE.test(verb))).toEqual(['said', 'announced', 'denied', 'told']);
    expect(['proceed', 'need', 'says', 'insists'].filter((verb) => SAYING_TOLD_AS_DONE.test(verb))).toEqual([]);
  });
});
