// An office a state or a body holds in turn (a rotating presidency, a chairmanship, a group of
// states named by its number) taken on or handed on is an act of its day, the state or body its side.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays as found, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** The days of the presidencies handed over that a sentence tells, Wednesday 13 March 2058 its day. */
const handovers = (body: string): string[] => found(body).filter(([, noun]) => noun === 'Presidency handed over').map(([, , day]) => day);

describe('a rotating presidency taken or handed over', () => {
  it.each([
    ['Norland takes over the G20 on 1 April and will hold its summit in Kessel.', '2058-04-01'],
    ['Estmark is due to take over the rotating presidency on April 1.', '2058-04-01'],
    ['Estmark will start its presidency on 1 April.', '2058-04-01'],
    ['Velsland assumed the rotating Council presidency on Monday.', '2058-03-11'],
    ['Velsland handed over the chairmanship of the bloc to Estmark on Tuesday.', '2058-03-12'],
    // Handed by name to the next holder, with no "over", the chair as the office.
    ['The summit runs until Thursday, when Velsland hands the chairmanship to Estmark.', '2058-03-14'],
    ['Velsland passed the Forum chair to the Orsk Republic on Tuesday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(handovers(body)).toEqual([day]);
  });

  it('makes the state that takes it the side of the handover', () => {
    const timeline = timelineWithoutGazetteer([article('turn', '2058-03-13', 'The United States takes over the G20 on 1 April.\n')]);
    const [handover] = timeline.events.filter((e) => e.kind === 'other');
    expect([handover?.date.value, handover?.status, handover?.participants.map((p) => p.name)]).toEqual(['2058-04-01', 'planned', ['United States']]);
  });

  it.each([
    'The president would not hand over the presidency to a junior envoy, his spokesman said on Friday.',
    'On Sunday he declined to pass the presidency to the junior envoy.',
    'The delegation took over the presidency suite on Tuesday.',
    'Mr Halvorsen began his presidency on Monday with a speech.',
    'On Tuesday the usher handed the chair to his neighbour.',
  ])('but none refused, nor a room, nor a person’s term, nor a seat: %s', (body) => {
    expect(handovers(body)).toEqual([]);
  });
});
