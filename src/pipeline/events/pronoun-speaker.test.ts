import { describe, expect, it } from 'vitest';
import { article, extractOne, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own: "He told reporters …" is a statement of the one the sentence before names.
const statements = (published: string, body: string) => extractOne(published, body).candidates.filter((c) => c.kind === 'statement');

describe('a telling whose speaker is a pronoun', () => {
  it('is a statement of the person the sentence before names', () => {
    const [said] = statements('2052-04-09', 'Umerov visited a hospital in Kyiv on Monday. He told reporters on Monday that the talks would resume.\n');
    expect(said).toMatchObject({ date: { value: '2052-04-08' }, participants: ['rustem-umerov'] });
  });

  it('takes no speaker from another paragraph, nor from a sentence that names no one', () => {
    expect(statements('2052-04-09', 'Umerov visited a hospital in Kyiv on Monday.\n\nHe told reporters on Monday that the talks would resume.\n')).toEqual([]);
    expect(statements('2052-04-09', 'The storm closed the port on Monday. He told reporters on Monday that he had not been consulted.\n')).toEqual([]);
  });
});

describe('a quotation its pronoun closes', () => {
  it('is a statement of the person the sentence before names, its title in the speaker’s own words', () => {
    const body = 'Umerov emphasised the urgency in Kyiv on Monday. “Our stocks of shells will last until June, not longer,” he told reporters.\n';
    const [said] = statements('2052-04-09', body);
    expect(said).toMatchObject({ date: { value: '2052-04-08' }, participants: ['rustem-umerov'] });
    expect(said!.evidence.map((e) => e.sentence)).toEqual([1, 0]);
  });

  it('takes no speaker when the quotation names another before the pronoun', () => {
    expect(statements('2052-04-09', 'Umerov emphasised the urgency in Kyiv on Monday. “Our stocks will last until June,” the general said, and he told reporters more.\n')).toEqual([]);
  });
});

describe('a statement whose sentence says only how its speaker spoke', () => {
  it('takes the quotation its speaker’s pronoun closes in the next sentence as what was said, first', () => {
    const said = statements('2052-04-09', 'Speaking to reporters on Monday, Umerov stressed the need for shells. “The stocks will last until June,” he said, adding that more were on the way.\n');
    expect(said).toHaveLength(1);
    expect(said[0]!.evidence.map((e) => e.sentence)).toEqual([1, 0]);
  });

  it('keeps its own sentence alone when that says something, or the quotation is another paragraph’s', () => {
    const own = statements('2052-04-09', 'Speaking to reporters on Monday, Umerov said that the talks would resume in May. “The stocks will last until June,” he said.\n');
    expect(own.map((s) => s.evidence.map((e) => e.sentence))).toEqual([[0]]);
    const apart = statements('2052-04-09', 'Speaking to reporters on Monday, Umerov stressed the need for shells.\n\n“The stocks will last until June,” he said.\n');
    expect(apart.map((s) => s.evidence.map((e) => e.sentence))).toEqual([[0]]);
  });
});

describe('a speaker who tells of an event as their own, their pronoun its subject', () => {
  const onTheCall = (body: string): string[][] =>
    timelineWithoutGazetteer([article('own-plan', '2062-03-16', body)])
      .events.filter((e) => e.kind === 'call' || e.kind === 'talks')
      .map((e) => e.participants.map((p) => p.id).sort());

  it('takes part in it, told to reporters or to a broadcaster, with "that" or without', () => {
    expect(onTheCall('Prime Minister Oda Ferrand has just told reporters she planned to call the Estmark president, Viktor Lanne, later today.\n')).toEqual([['oda-ferrand', 'viktor-lanne']]);
    expect(onTheCall('Chancellor Greta Holm told reporters on Tuesday that she would call President Ivo Marsh on Friday.\n')).toEqual([['greta-holm', 'ivo-marsh']]);
    expect(onTheCall('Governor Ruth Vale told the radio on Monday that he would hold talks with Mayor Tom Orr on Friday.\n')).toEqual([['ruth-vale', 'tom-orr']]);
  });

  it('takes no part in one the pronoun only knows of, nor in one others told of hold', () => {
    expect(onTheCall('Chancellor Greta Holm told reporters on Tuesday that she knew of the call between President Ivo Marsh and Premier Lea Dorn on Monday.\n')).toEqual([['ivo-marsh', 'lea-dorn']]);
    expect(onTheCall('Chancellor Greta Holm told reporters on Tuesday that President Ivo Marsh would call Premier Lea Dorn on Friday.\n')).toEqual([['ivo-marsh', 'lea-dorn']]);
  });
});
