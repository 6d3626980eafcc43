import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: an office abbreviated to its initials before a
// name ("PM Arjun Mehta", "FM Lina Haddad", "DPM Ivo Kral") or cut short with a full stop ("Amb.
// Tomas Lindqvist", "Lt. Gen. Omar Aziz") is a title, not the person's first name. A near miss: initials that are a body's own name ("IMF") stay out of the person.
const timeline = timelineWithoutGazetteer([
  article('pm', '2041-06-02', 'PM Arjun Mehta met President Kofi Mensah in Accra on Monday.\n'),
  article('fm', '2041-06-04', 'FM Lina Haddad held talks with her Omani counterpart Salim Harthy in Muscat on Tuesday.\n'),
  article('dpm', '2041-06-06', 'DPM Ivo Kral spoke by phone with Chancellor Greta Lind on Wednesday.\n'),
  article('body-near-miss', '2041-06-08', 'IMF chief Kristof Varga met Premier Aino Laine in Tallinn on Thursday.\n'),
  article('dotted-wire', '2041-06-10', 'Pres. Ana Ruiz met Amb. Tomas Lindqvist in Lisbon on Tuesday.\n'),
  article('dotted-military', '2041-06-12', 'Lt. Gen. Omar Aziz held talks with Brig. Hassan Noor in Mogadishu on Wednesday.\n'),
]);

describe('an abbreviated title before a name', () => {
  it('is the office, not part of the name', () => {
    expect(idsOf(firstReportedIn(timeline, 'pm')?.roles?.present)).toEqual(expect.arrayContaining(['arjun-mehta', 'kofi-mensah']));
    expect(idsOf(firstReportedIn(timeline, 'fm')?.roles?.present)).toEqual(expect.arrayContaining(['lina-haddad', 'salim-harthy']));
    expect(idsOf(firstReportedIn(timeline, 'dpm')?.roles?.present)).toEqual(expect.arrayContaining(['ivo-kral', 'greta-lind']));
  });

  it('is the office when cut short with a full stop, and the sentence goes on after it', () => {
    const wire = firstReportedIn(timeline, 'dotted-wire');
    expect(idsOf(wire.roles?.present)).toEqual(['ana-ruiz', 'tomas-lindqvist']);
    expect(wire.place?.id).toBe('lisbon');
    const military = firstReportedIn(timeline, 'dotted-military');
    expect(idsOf(military.roles?.present)).toEqual(['omar-aziz', 'hassan-noor']);
    expect(military.place?.id).toBe('mogadishu');
  });

  it('leaves a name after a body\'s initials as it was', () => {
    expect(idsOf(firstReportedIn(timeline, 'body-near-miss')?.roles?.present)).toEqual(expect.arrayContaining(['kristof-varga', 'aino-laine']));
  });
});
