import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a body named only through the office of one of
// its people at the event ("NATO Deputy Secretary General …", "the UN secretary-general, …"),
// written as paraphrases of the classes entities-14/16 miss, and near misses that must not change.
const timeline = timelineWithoutGazetteer([
  article('osce-title', '2041-02-05', 'OSCE Secretary General Helga Marten held talks with Georgian Foreign Minister Levan Kiknadze in Tbilisi on Tuesday.\n'),
  article('un-apposition', '2041-02-07', 'The UN secretary-general, Pedro Alves, met Kenyan President William Otieno in Nairobi on Thursday.\n'),
  article('nato-listed-last', '2041-02-09', 'Lithuanian Defence Minister Rasa Kairys met NATO Assistant Secretary General Tomas Berg in Vilnius on Friday.\n'),
  article('nato-speaks-only', '2041-02-11', 'Moldovan and Romanian officials met in Chisinau on Monday, NATO Deputy Secretary General Ingrid Holm said.\n'),
]);

describe('a body named through the office of its person at the event', () => {
  it('makes the body a party beside the country its person meets', () => {
    expect(idsOf(firstReportedIn(timeline, 'osce-title').roles?.parties)).toEqual(expect.arrayContaining(['organization-for-security-and-co-operation-in-europe', 'georgia']));
    expect(idsOf(firstReportedIn(timeline, 'un-apposition').roles?.parties)).toEqual(expect.arrayContaining(['united-nations', 'kenya']));
    expect(idsOf(firstReportedIn(timeline, 'nato-listed-last').roles?.parties)).toEqual(expect.arrayContaining(['nato', 'lithuania']));
  });

  it('keeps the person present, not swallowed into the title', () => {
    expect(idsOf(firstReportedIn(timeline, 'osce-title').roles?.present)).toContain('helga-marten');
    expect(idsOf(firstReportedIn(timeline, 'nato-listed-last').roles?.present)).toContain('tomas-berg');
  });

  it('makes no party of the body of one who only speaks of the meeting', () => {
    expect(idsOf(firstReportedIn(timeline, 'nato-speaks-only').roles?.parties)).not.toContain('nato');
  });
});
