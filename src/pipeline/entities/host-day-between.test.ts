import { describe, expect, it } from 'vitest';
import { article, idsOf, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a host whose office names no state receives a guest in a town, the day
// written between the host's name and the verb, as some papers write it. Read once, outside the test (GeoNames loads first).
const timeline = timelineWithoutGazetteer([
  article('on-thursday', '2051-09-08', 'President Ada Okafor on Thursday received her Kenyan counterpart, Jon Mwangi, in Abuja.\n'),
  article('yesterday', '2051-09-08', 'Prime Minister Ruta Kalnina yesterday hosted Estonian President Jaan Tamm in Riga for talks on grid links.\n'),
]);
const partiesOf = (id: string): string[] => idsOf(reportedIn(timeline, id, 'meeting')[0]?.roles?.parties);

describe('a host with the day between name and verb', () => {
  it("acts for the town's state", () => {
    expect(partiesOf('on-thursday')).toEqual(expect.arrayContaining(['kenya', 'nigeria']));
    expect(partiesOf('yesterday')).toEqual(expect.arrayContaining(['estonia', 'latvia']));
  });
});
