import { describe, expect, it } from 'vitest';
import { article, firstReportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a craft's launch is placed at the site it went up from (LAUNCH_SITE_LEAD),
// a town, a named centre or a cosmodrome; a place of its own (own-conventions.md, "Places").
const timeline = timelineWithoutGazetteer([
  article('centre', '2041-03-06', 'A cargo rocket lifted off from the Kennedy Space Center on Wednesday with supplies for the crew.\n'),
  article('town', '2041-03-07', 'The Soyuz blasted off from Baikonur on Thursday with three cosmonauts aboard.\n'),
  article('cosmodrome', '2041-03-08', 'A weather satellite lifted off from the Vostochny Cosmodrome on Friday.\n'),
  article('no-site', '2041-03-09', 'A cargo rocket lifted off on Saturday with supplies for the crew.\n'),
]);

describe('a launch site', () => {
  it('is where the launch happened', () => {
    expect(firstReportedIn(timeline, 'centre').place?.name).toBe('Kennedy Space Center');
    expect(firstReportedIn(timeline, 'town').place?.name).toBe('Baikonur');
    expect(firstReportedIn(timeline, 'cosmodrome').place?.name).toBe('Vostochny Cosmodrome');
    expect(firstReportedIn(timeline, 'no-site').place).toBeNull();
  });
});
