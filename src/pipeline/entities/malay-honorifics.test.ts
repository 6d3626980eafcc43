import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer, in the styles of a Malaysian state agency and a wire: Malaysia's and India's
// titles before a name are no part of it, so the one person is one id however another outlet writes them.
const timeline = timelineWithoutGazetteer([
  article('agency', '2042-05-10', 'KUALA LUMPUR, May 10 -- Prime Minister Datuk Seri Razak Hamzah met Thai Prime Minister Somsak Wongsiri in Putrajaya today.\n'),
  article('wire', '2042-05-11', 'Malaysian Prime Minister Razak Hamzah met Shri Arvind Menon in Penang on Monday.\n'),
  article('pairs', '2042-05-12', 'Malaysian Foreign Minister Tan Sri Zainal Abidin met Tan Wei Ming in Penang on Tuesday.\n'),
  article('tun', '2042-05-13', "Malaysian Prime Minister Tun Dr Karim Osman met Indonesia's Foreign Minister Sri Wahyuni in Jakarta on Wednesday.\n"),
]);

describe("Malaysia's and India's titles before a name", () => {
  it('are no part of the name, so two outlets give one id', () => {
    expect(idsOf(firstReportedIn(timeline, 'agency').roles?.present)).toEqual(['razak-hamzah', 'somsak-wongsiri']);
    expect(idsOf(firstReportedIn(timeline, 'wire').roles?.present)).toEqual(['razak-hamzah', 'arvind-menon']);
  });

  it('are titles only as a pair where each word alone is a name', () => {
    expect(idsOf(firstReportedIn(timeline, 'pairs').roles?.present)).toEqual(['zainal-abidin', 'tan-wei-ming']);
    expect(idsOf(firstReportedIn(timeline, 'tun').roles?.present)).toEqual(['karim-osman', 'sri-wahyuni']);
  });

  it('leave the office and its side before them the holder’s', () => {
    expect(idsOf(firstReportedIn(timeline, 'pairs').roles?.parties)).toEqual(['malaysia']);
    expect(idsOf(firstReportedIn(timeline, 'tun').roles?.parties).sort()).toEqual(['indonesia', 'malaysia']);
  });
});
