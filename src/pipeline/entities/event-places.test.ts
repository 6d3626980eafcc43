import { describe, expect, it } from 'vitest';
import { article, firstReportedIn, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer. A truce made in one town and taking effect in another
// is placed where it took effect (a deal made there is another act of the same subject, told in a
// predicate joined by "and" or in an aside), in two wordings; with no place of its own it keeps the
// one it has, and two acts each with their own verb keep their own places.
const timeline = timelineWithoutGazetteer([
  article('coordinated', '2041-03-20', 'The truce was announced in Doha on Friday and entered into force in Gaza on Sunday.\n'),
  article('announced-aside', '2041-03-20', 'The truce, announced in Doha on Friday, entered into force in Gaza on Sunday.\n'),
  article('aside', '2041-03-20', 'The ceasefire, agreed in Cairo last week, took effect in Khartoum on Sunday.\n'),
  article('proclaimed', '2041-03-20', 'The truce was proclaimed in Niamey on Friday and came into effect in Agadez on Sunday.\n'),
  article('no-own-place', '2041-03-20', 'The ceasefire brokered by Qatar in Doha took effect on Sunday.\n'),
  article('two-verbs', '2041-03-20', 'The two ministers met in Vienna on Monday and signed the accord in Bratislava on Tuesday.\n'),
]);

const placeOf = (id: string, kind?: 'meeting'): string | undefined => {
  const event = kind ? reportedIn(timeline, id, kind)[0] : firstReportedIn(timeline, id);
  return event?.place?.id;
};

describe('a place where another act of the event was done', () => {
  it('gives way to the place the event happened in', () => {
    // The announcing is an event of its own, placed in Doha; the truce taking effect is placed where it did.
    expect(reportedIn(timeline, 'coordinated').map((e) => `${e.title.split(' in ')[0]} ${e.place?.id}`)).toEqual(['Agreement announced doha', 'Ceasefire gaza']);
    expect(placeOf('announced-aside')).toBe('gaza');
    expect(placeOf('aside')).toBe('khartoum');
    expect(placeOf('proclaimed')).toBe('agadez');
  });

  it('stays when the event names no place of its own, and each verb keeps its own place', () => {
    expect(placeOf('no-own-place')).toBe('doha');
    expect(placeOf('two-verbs', 'meeting')).toBe('vienna');
  });
});

// "the city", "the town" after a town named in the sentence before: the event's place.
const towns = timelineWithoutGazetteer([
  article('the-city', '2041-03-20', 'Ukrainian and Russian negotiators arrived in Istanbul on Sunday. They met in the city on Monday for three hours.\n'),
  article('the-town', '2041-03-20', 'Aid agencies said conditions in Kherson were dire. A drone strike hit the town on Tuesday, killing four people.\n'),
]);

describe('a town named before and called "the city" or "the town"', () => {
  it('is the place of the event told there', () => {
    expect(firstReportedIn(towns, 'the-city').place?.id).toBe('istanbul');
    expect(firstReportedIn(towns, 'the-town').place?.id).toBe('kherson');
  });
});

// A list of happenings, each item with its own place: a town closing one item is that item's,
// though the next item's noun stands nearer to it.
const listed = timelineWithoutGazetteer([
  article('list', '2041-03-20', "The vote followed a week of protests, Russia's drone strikes on the grain port in Izmail on Sunday, and a withdrawal of troops that night.\n"),
]);

describe('a town closing an item of a list of happenings', () => {
  it('is the place of that item, not of the next', () => {
    expect(reportedIn(listed, 'list', 'strike').map((e) => e.place?.id)).toEqual(['izmail']);
    expect(reportedIn(listed, 'list', 'other').map((e) => e.place?.id ?? null)).not.toContain('izmail');
  });
});
