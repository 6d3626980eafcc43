import { describe, expect, it } from 'vitest';
import { article, firstReportedIn, idsOf, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a gathering's broker told in a sentence after it by the passive of
// brokering ("The talks were facilitated by …") was at it; one who brokered something else was not.
const timeline = timelineWithoutGazetteer([
  article('facilitated', '2041-03-02', 'Slovenia today hosted talks between delegations of Serbia and Kosovo in Ljubljana.\n\nThe talks were facilitated by Foreign Minister Tanja Fajon.\n'),
  article('chaired', '2041-03-04', 'Yemeni and Saudi delegations met in Muscat on Saturday.\n\nThe session was chaired by Omani envoy Salim Al-Busaidi.\n'),
  article('mediated', '2041-03-06', 'Sudanese and Chadian officials met in Doha on Tuesday to discuss the border.\n\nThe negotiations had been mediated by Qatari minister Khalid Al-Khulaifi.\n'),
  article('other-deal', '2041-03-08', 'Latvian and Estonian officials met in Riga on Monday to discuss rail freight.\n\nThe old freight deal was brokered by Finnish diplomat Arvo Kask.\n'),
]);

describe('a gathering brokered, told in the passive after it', () => {
  it('has its broker among those present', () => {
    expect(idsOf(firstReportedIn(timeline, 'facilitated').roles?.present)).toContain('tanja-fajon');
    expect(idsOf(firstReportedIn(timeline, 'chaired').roles?.present)).toContain('salim-al-busaidi');
    expect(idsOf(firstReportedIn(timeline, 'mediated').roles?.present)).toContain('khalid-al-khulaifi');
  });

  it('does not have the broker of something else', () => {
    expect(idsOf(firstReportedIn(timeline, 'other-deal').roles?.present)).not.toContain('arvo-kask');
  });
});
