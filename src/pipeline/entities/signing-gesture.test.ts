import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a wire tells a signing by the signers' offices, then
// names them in the next paragraph by the gesture of signing alone, with no office and no verb of meeting.
const timeline = timelineWithoutGazetteer([
  article('names-to', '2042-05-11', 'VIENTIANE, May 10 (Mekong Wire) — The prime ministers of Laos and Cambodia signed a river accord in Vientiane on Sunday.\n\nBounmy Sisavath and Chea Sokhon put their names to the text at the National Convention Hall.\n'),
  article('initialled', '2042-05-12', 'BANJUL, May 11 (Coast Wire) — The foreign ministers of Gambia and Senegal signed a fisheries accord in Banjul on Monday.\n\nLamin Darboe and Awa Ndiaye initialled each page at the State House.\n'),
]);

describe('two full names sharing the gesture of a signing', () => {
  it('are the signers the offices of the sentence before stand for', () => {
    expect(idsOf(firstReportedIn(timeline, 'names-to').roles?.present)).toEqual(['bounmy-sisavath', 'chea-sokhon']);
    expect(idsOf(firstReportedIn(timeline, 'initialled').roles?.present)).toEqual(['lamin-darboe', 'awa-ndiaye']);
  });
});
