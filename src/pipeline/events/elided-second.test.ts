import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day status: participants". */
const told = (published: string, text: string): string[] => extractOne(published, `${text}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}: ${[...c.participants].sort().join(',')}`);

describe('a second object of the same verb with a day of its own, the verb left out', () => {
  it('is a second event of the same kind, on its own day, with the first’s subject and its own people', () => {
    // Published on Monday 13 May 2058 (the Monday before is the 6th) or on Wednesday 15 May (the Monday is the 13th).
    for (const [published, text, second, first] of [
      ['2058-05-13', 'Lindqvist spoke by phone with Foreign Minister Nadia Sarem on Monday of last week and with the rebels’ political chief, Dariush Kalan, two days later, a UN official said.', '2058-05-08', '2058-05-06'],
      ['2058-05-15', 'President Joyce Banda called Malawian President Peter Mwale on Monday and Zambian President Hakainde Chola the next day, her office said.', '2058-05-14', '2058-05-13'],
      ['2058-05-15', 'Foreign Minister Nadia Sarem met Prime Minister Ilir Basha on Monday and King Aldo Verne on Tuesday.', '2058-05-14', '2058-05-13'],
      ['2058-05-15', 'Sarem said on Friday that she would meet Prime Minister Ilir Basha on Monday and King Aldo Verne on Tuesday.', '2058-05-14', '2058-05-13'],
    ] as const) {
      const events = told(published, text).filter((e) => !e.startsWith('statement'));
      expect(events).toHaveLength(2);
      expect(events.map((e) => e.split(' ')[1]).sort()).toEqual([first, second]);
      expect(events[0]!.split(' ')[0]).toBe(events[1]!.split(' ')[0]);
      // Each object is at one of the two only.
      const [a, b] = events.map((e) => e.split(': ')[1]!.split(','));
      expect(a!.filter((p) => b!.includes(p))).toHaveLength(1);
    }
  });

  it('leaves a clause with a verb of its own after "and" as no second object', () => {
    for (const text of [
      'Lindqvist met Foreign Minister Nadia Sarem on Monday of last week and the envoy returned to Geneva two days later.',
      'Lindqvist met Foreign Minister Nadia Sarem on Monday of last week and her deputy stayed on in Ardan two days later.',
      'President Joyce Banda called Malawian President Peter Mwale on Monday and then flew to Lusaka the next day.',
      'Foreign Minister Nadia Sarem met Prime Minister Ilir Basha on Monday of last week and a summit of the bloc two days later.',
    ]) {
      expect(told('2058-05-13', text).filter((e) => /^(?:meeting|call) /.test(e))).toHaveLength(1);
    }
  });
});

describe('a second object after an adverb of sequence ("and then with …")', () => {
  // Thursday 10 March 2061: Monday the 7th, Tuesday the 8th, Wednesday the 9th.
  it('is a second event on its own day, in either wording', () => {
    const days = (text: string): string[] => told('2061-03-10', text).map((e) => e.split(':')[0]!);
    expect(days('Petra Vallo held phone talks with Jon Arvid on Monday and then with Mila Dorn on Wednesday, the ministry said.')).toEqual(['call 2061-03-07 occurred', 'call 2061-03-09 occurred']);
    expect(days('The envoy spoke by telephone to the Korvian president on Monday and later to the Estmark premier on Wednesday.')).toEqual(['call 2061-03-07 occurred', 'call 2061-03-09 occurred']);
  });

  it('leaves a clause of its own after "and then" alone', () => {
    expect(told('2061-03-10', 'The envoy met the Korvian president on Tuesday and then flew home on Wednesday.').map((e) => e.split(':')[0])).not.toContain('meeting 2061-03-09 occurred');
  });
});

describe('a second object told with its day before it ("on Monday with A and on Wednesday with B")', () => {
  // Thursday 16 March 2062: Monday the 13th, Tuesday the 14th, Wednesday the 15th.
  it('is a second event on its own day, with the first’s subject and its own people, in either wording', () => {
    for (const [text, first, second] of [
      ['Foreign Minister Ida Lund spoke on Monday with President Aron Vest and on Wednesday with Premier Tomas Hale.', '2062-03-13', '2062-03-15'],
      ['The envoy Pia Norr held phone talks on Tuesday with the Korvian president, Jon Arvid, and then on Wednesday with the Estmark premier, Mila Dorn, his office said.', '2062-03-14', '2062-03-15'],
    ] as const) {
      const calls = told('2062-03-16', text).filter((e) => e.startsWith('call '));
      expect(calls.map((e) => e.split(':')[0])).toEqual([`call ${first} occurred`, `call ${second} occurred`]);
      // The subject is at both; each object at one only.
      const [a, b] = calls.map((e) => e.split(': ')[1]!.split(','));
      expect(a!.filter((p) => b!.includes(p))).toHaveLength(1);
    }
  });

  it('leaves a clause with a verb of its own after "and on <day>" alone', () => {
    expect(told('2062-03-16', 'Lund spoke on Monday with Vest and on Wednesday she met Hale.').filter((e) => e.startsWith('call '))).toHaveLength(1);
  });
});

describe('a series of objects of one verb, each with its day, told by commas up to its "and"', () => {
  // Thursday 10 March 2061: the Monday gone by is the 7th, Tuesday the 8th, Wednesday the 9th; Friday ahead the 11th, Saturday the 12th, Monday the 14th.
  const days = (text: string): string[] => extractOne('2061-03-10', `${text}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`).sort();

  it('is one event for each, on its own day, in the verb’s mood', () => {
    // A ministry's readout, past.
    expect(days('Minister Hana Selt met the mayor of Brenn on Monday, the harbour pilots on Tuesday and the regional governor on Wednesday, her office said.')).toEqual(['meeting 2061-03-07 occurred', 'meeting 2061-03-08 occurred', 'meeting 2061-03-09 occurred']);
    // A regional broadcaster, a plan.
    expect(days('On his tour the envoy will meet the Dorvian premier on Friday, the speaker of parliament on Saturday and student leaders on Monday.')).toEqual(['meeting 2061-03-11 planned', 'meeting 2061-03-12 planned', 'meeting 2061-03-14 planned']);
  });

  it('makes no event of a comma’s clause with a verb of its own', () => {
    expect(days('Minister Hana Selt met the mayor of Brenn on Monday, officials said on Tuesday and Wednesday.')).toEqual(['meeting 2061-03-07 occurred']);
  });
});
