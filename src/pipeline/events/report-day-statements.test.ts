import { describe, expect, it } from 'vitest';
import { sayingWithNoDay } from './report-day-statements.ts';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate of one report as "kind day". */
const kindsAndDays = (published: string, body: string) => extractOne(published, body).candidates.map((c) => `${c.kind} ${c.date.value}`);

describe('statements on the days they were made', () => {
  it('keeps a statement whose leading clause tells of an earlier event', () => {
    // Friday 18 April 2053: the Wednesday is the 16th, the Thursday the 17th.
    expect(kindsAndDays('2053-04-18', 'MOSCOW — After talks with Umerov on Wednesday, the Kremlin said on Thursday that a deal was close.\n')).toEqual(['talks 2053-04-16', 'statement 2053-04-17']);
  });

  it('makes no statement of a saying that reports an event of its main clause', () => {
    expect(kindsAndDays('2053-04-18', 'Umerov met Medinsky in Istanbul on Wednesday, the Kremlin said on Thursday.\n')).toEqual(['meeting 2053-04-16']);
  });

  it('makes a statement of a voice judging an event it only supposes, and none of one telling a plan', () => {
    // Friday 18 April 2053: the Wednesday is the 16th.
    expect(kindsAndDays('2053-04-18', 'A spokeswoman said on Wednesday that talks without Moscow would lead nowhere.\n')).toEqual(['statement 2053-04-16']);
    expect(kindsAndDays('2053-04-18', 'The foreign ministry said on Wednesday that any summit without Kyiv could only fail.\n')).toEqual(['statement 2053-04-16']);
    expect(kindsAndDays('2053-04-18', 'A government spokesman said on Wednesday that a ceasefire imposed from outside would not hold.\n')).toEqual(['statement 2053-04-16']);
    // The near miss: talks told as ahead are the news of that plan, no statement of their own.
    expect(kindsAndDays('2053-04-18', 'A spokeswoman said on Wednesday that talks with Moscow would take place in Geneva.\n')).not.toContain('statement 2053-04-16');
  });

  it('makes a statement of a saying whose speaker an aside tells of an earlier event', () => {
    // Friday 18 April 2053: the Sunday is the 13th, the Monday the 14th, the Tuesday the 15th.
    expect(kindsAndDays('2053-04-18', 'Defence Minister Rustem Umerov, who returned on Sunday from a visit to Geneva where he met Witkoff, told reporters on Monday that a deal was near.\n')).toContain('statement 2053-04-14');
    expect(kindsAndDays('2053-04-18', 'Umerov, fresh from a tour of the front line with Witkoff, told parliament on Tuesday that the army needed more shells.\n')).toContain('statement 2053-04-15');
    expect(kindsAndDays('2053-04-18', 'Umerov, just back from talks in Geneva, said on Tuesday that progress had been made.\n')).toContain('statement 2053-04-15');
    // The near miss: a saying that reports the event of its main clause is still no statement.
    expect(kindsAndDays('2053-04-18', 'Umerov, the defence minister, met Witkoff in Geneva on Sunday, the ministry said on Monday.\n')).toEqual(['meeting 2053-04-13']);
  });

  it('dates a saying told with where or to whom it was said before its day', () => {
    // Friday 18 April 2053: the Monday is the 14th, the Tuesday the 15th, the Wednesday the 16th.
    expect(kindsAndDays('2053-04-18', 'The defence minister, Rustem Umerov, said at a press briefing on Monday that the army needed more shells.\n')).toEqual(['statement 2053-04-14']);
    expect(kindsAndDays('2053-04-18', 'Steve Witkoff said to journalists on Tuesday that the border would stay open.\n')).toEqual(['statement 2053-04-15']);
    expect(kindsAndDays('2053-04-18', 'Umerov said during a news conference on Wednesday that no one had been told in advance.\n')).toEqual(['statement 2053-04-16']);
    // The near miss: a briefing with no verb of saying before its day is no saying of that day.
    expect(kindsAndDays('2053-04-18', 'Rustem Umerov gave no figures at a press briefing, and the ministry declined to comment.\n')).toEqual([]);
  });

  it('makes a spokesperson named as such the speaker of their own saying', () => {
    // Friday 18 April 2053: the Thursday is the 17th.
    for (const body of ['Kremlin spokesman Dmitry Peskov said on Thursday that the decision was final.\n', "Putin's spokesman Dmitry Peskov made clear on Thursday that no date had been set.\n"]) {
      const statements = extractOne('2053-04-18', body).candidates.map((c) => [c.kind, c.date.value, c.participants]);
      expect(statements).toEqual([['statement', '2053-04-17', ['dmitry-peskov']]]);
    }
  });

  it('dates a saying by its leading day when an aside between them names that day by another happening', () => {
    const statements = (body: string) => extractOne('2053-04-18', body).candidates.filter((c) => c.kind === 'statement').map((c) => [c.date.value, c.participants]);
    // Friday 18 April 2053: the Monday is the 14th, the Tuesday the 15th, the 10th a Thursday.
    expect(statements('On Tuesday, the day the delegation flew home, Peskov told reporters that the door stayed open.\n')).toEqual([['2053-04-15', ['dmitry-peskov']]]);
    expect(statements('On 10 April, two days before the ballot, the foreign ministry announced that the border would stay shut.\n')).toEqual([['2053-04-10', []]]);
    expect(statements('On Monday, the eve of the budget debate, Umerov said the army needed more shells.\n')).toEqual([['2053-04-14', ['rustem-umerov']]]);
    // Who the aside names is no speaker: the saying is the one its own clause gives after the aside.
    expect(statements('On Tuesday, the day Witkoff landed, Ukraine said it would recall its ambassador.\n')).toEqual([['2053-04-15', ['ukraine']]]);
  });

  it('gives a saying in a second predicate with no subject of its own to its clause’s subject, however far', () => {
    const statements = (body: string) => extractOne('2053-04-18', body).candidates.filter((c) => c.kind === 'statement').map((c) => [c.date.value, c.participants]);
    // Friday 18 April 2053: the Wednesday is the 16th.
    expect(statements('Defence Minister Rustem Umerov had given the negotiators until the end of the month, the deadline agreed in March, but said on Wednesday that talks could run on.\n')).toEqual([['2053-04-16', ['rustem-umerov']]]);
    // Another subject before the second predicate is no speaker of it ("the envoy" names no one: no statement).
    expect(statements('After a long night of talks with Umerov in Geneva, the envoy and his team went back to their hotel and said on Wednesday that the talks could run on.\n').filter(([, who]) => (who as string[]).includes('rustem-umerov'))).toEqual([]);
  });
});

describe('a saying with no day of its own, read for its day last', () => {
  const sentence = (text: string) => ({ index: 0, text, start: 0, end: text.length, block: 'paragraph' as const, blockIndex: 0 });
  /** A reading of the sentence's dates that counts how often it is asked. */
  const dayReader = (gives: boolean) => {
    const reader = { asked: 0, givesADay: () => ((reader.asked += 1), gives) };
    return reader;
  };

  it('reads no dates for a saying whose speaker the rules do not name: the dearest step is left for last', () => {
    for (const text of ['Observers in Varnholm cautioned against expecting a breakthrough.', 'Several analysts stressed that both sides would need to give ground.', 'The outcome remained uncertain, commentators said.']) {
      const reader = dayReader(false);
      expect(sayingWithNoDay(sentence(text), () => [], reader.givesADay)).toBeUndefined();
      expect(reader.asked).toBe(0);
    }
  });

  it('still asks for a day where a speaker is named, and makes no statement of a sentence that gives one', () => {
    const text = 'She said the ferry to Orvik would keep running.';
    const [undated, dated] = [dayReader(false), dayReader(true)];
    expect(sayingWithNoDay(sentence(text), () => [], undated.givesADay)).toMatchObject({ start: 4, end: 8, noDayOfItsOwn: true });
    expect(undated.asked).toBe(1);
    expect(sayingWithNoDay(sentence(text), () => [], dated.givesADay)).toBeUndefined();
    expect(dated.asked).toBe(1);
  });
});
