import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: an office written with its side at the event ("with the mediation of the
// Norwegian foreign minister") whose holder the article names paragraphs later, by that side and the office's last word
// ("The Norwegian minister, Mr Erik Holm, wrote …"), and near misses that must not take a holder.
const timeline = timelineWithoutGazetteer([
  article('mediator-named-later', '2041-05-12', 'YEREVAN — The second round of indirect talks between Armenia and Azerbaijan was held yesterday in Geneva, with the mediation of the Norwegian foreign minister, said Foreign Minister Tarek Osman.\n\nSpeaking to state radio after the session, Mr Osman said the atmosphere had been constructive.\n\nMr Aldo Vance led the other side. The Norwegian minister, Mr Erik Holm, wrote on social media that the parties had agreed to continue.\n'),
  article('possessive-side-later', '2041-05-14', 'Kenyan and Somali officials met in Nairobi on Thursday, with the help of the Ugandan envoy, to discuss the maritime border.\n\nThe talks lasted five hours, officials said.\n\nNo date was set for another round.\n\nUganda\'s envoy, Grace Akello, said she was hopeful.\n'),
  article('other-side-later', '2041-05-16', 'YEREVAN — The second round of indirect talks between Armenia and Azerbaijan was held yesterday in Geneva, with the mediation of the Norwegian foreign minister, said Foreign Minister Tarek Osman.\n\nSpeaking to state radio after the session, Mr Osman said the atmosphere had been constructive.\n\nThe Swedish minister, Mr Lars Berg, wrote on social media that the parties had agreed to continue.\n'),
  article('other-office-later', '2041-05-18', 'YEREVAN — The second round of indirect talks between Armenia and Azerbaijan was held yesterday in Geneva, with the mediation of the Norwegian foreign minister, said Foreign Minister Tarek Osman.\n\nSpeaking to state radio after the session, Mr Osman said the atmosphere had been constructive.\n\nNorwegian Defence Minister Ola Brekke wrote on social media that the parties had agreed to continue.\n'),
]);

describe('an office at the event whose holder the article names later', () => {
  it('is the person a later paragraph gives that side and that office', () => {
    const talks = firstReportedIn(timeline, 'mediator-named-later');
    expect(idsOf(talks.roles?.mediators)).toEqual(expect.arrayContaining(['erik-holm', 'norway']));
    expect(idsOf(firstReportedIn(timeline, 'possessive-side-later').roles?.mediators)).toEqual(expect.arrayContaining(['grace-akello', 'uganda']));
  });

  it('is no one when the later person is of another side, or holds another office of that side', () => {
    expect(idsOf(firstReportedIn(timeline, 'other-side-later').roles?.mediators)).not.toContain('lars-berg');
    expect(idsOf(firstReportedIn(timeline, 'other-office-later').roles?.mediators)).not.toContain('ola-brekke');
  });
});
