import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { anaphorsIn } from '../entities/anaphora.ts';

// A live page of our own, of Friday 12 September 2053: each entry opens with its clock time on a line of its own.
const told = (body: string) => timelineWithoutGazetteer([article('a', '2053-09-12', `${body}\n`)]).events.filter((e) => e.kind === 'meeting');

describe('a pronoun opening a live entry after its clock stamp', () => {
  it('is the subject the stamp opens, read as the person named before', () => {
    expect(anaphorsIn('20:15\nShe met the harbour board.')).toMatchObject([{ pronoun: true, gender: 'female', start: 6, end: 9 }]);
    const [meeting] = told('21:40\nInes Marr arrived in Lusk this evening.\n\n20:15\nShe met Mayor Tomas Hrubek on Monday.');
    expect(meeting?.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Ines Marr', 'Tomas Hrubek']));
  });

  it('leaves the stamp out of the title when no one before is the pronoun’s', () => {
    const [meeting] = told('20:15\nShe met Mayor Tomas Hrubek on Monday.\n\n19:00\nInes Marr arrived in Lusk this evening.');
    expect(meeting?.title).not.toMatch(/20:15/);
  });
});
