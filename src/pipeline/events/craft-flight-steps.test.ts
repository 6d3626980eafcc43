// The steps of a craft's flight after its launch, each a happening of its own day: the launch told by the place it left on its rocket, its going into
// orbit around a world weeks on, the first pictures it sends back. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

const steps = (text: string): [string, string | null, string][] => kindsNounsAndDays(text).filter(([, noun]) => noun === 'Launch' || noun === 'Orbit' || noun === 'First images');

describe("a craft's flight", () => {
  it('is launched on the day it left a place on its rocket, in a story of a craft in space', () => {
    expect(steps('The Heron lander left Kourou on an Ariane 6 on 2 February.')).toEqual([['other', 'Launch', '2058-02-02']]);
    expect(steps('The orbiter left Earth aboard a Vell rocket on Monday.')).toEqual([['other', 'Launch', '2058-03-11']]);
    expect(steps('The minister left Lusk on a Boeing 737 on Monday.')).toEqual([]);
  });

  it('is no launch for someone leaving on a flight, a train or a bus, nor in a story of any orbit', () => {
    expect(steps('The astronauts boarded a bus on Monday. The crew left Houston on a Delta flight on Monday.')).toEqual([]);
    expect(steps('The astronaut Ana Ruiz left Lusk on a Vell Air plane on Monday to visit the fishermen.')).toEqual([]);
    expect(steps('Lund left Paris on a TGV on Monday to join the orbit of ministers.')).toEqual([]);
  });

  it('goes into orbit on a day of its own, apart from its launch', () => {
    expect(steps('The Heron lander left Kourou on an Ariane 6 on 2 February, and slipped into orbit around the Moon on 1 March.')).toEqual([['other', 'Launch', '2058-02-02'], ['other', 'Orbit', '2058-03-01']]);
    expect(steps('On Tuesday the probe entered Mars orbit after a seven-month cruise.')).toEqual([['other', 'Orbit', '2058-03-12']]);
    expect(steps('The rocket put two satellites into orbit on Monday.').filter(([, noun]) => noun === 'Orbit')).toEqual([]);
    expect(steps('The telescope has been in orbit since 2051.')).toEqual([]);
    expect(steps('The firm entered orbit on Monday.')).toEqual([]);
    expect(steps('Stocks reached a stable orbit around 100 on Monday.')).toEqual([]);
  });

  it('sends back its first pictures, or its makers show them, on their day', () => {
    expect(steps('On Monday the rover sent back its first colour pictures of the crater.')).toEqual([['other', 'First images', '2058-03-11']]);
    expect(steps('The Sarn Observatory released its first images on Tuesday.')).toEqual([['other', 'First images', '2058-03-12']]);
    expect(steps('The museum showed a picture of the crater on Tuesday.')).toEqual([]);
  });

  it('shows no first pictures outside a story of a craft in space', () => {
    expect(steps('The company released its first photos of the new car on Monday.')).toEqual([]);
    expect(steps('The band released their first images of the tour on Monday.')).toEqual([]);
  });
});
