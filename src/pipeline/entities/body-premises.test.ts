// A body's premises named by the body ("at the Fed's headquarters in Washington") stand where the town written with them stands.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { parseGazetteer } from './gazetteer.ts';
import { buildTimeline } from '../timeline.ts';

const placeOf = (body: string): string | undefined => timelineWithoutGazetteer([article('p', '2058-03-13', body)]).events[0]?.place?.name;

describe("a body's headquarters or offices, named by the body", () => {
  it.each([
    ["Mara Tollen met Kofi Mensah at the Fed's headquarters in Lisbon on Tuesday.", 'Lisbon'],
    ['Mara Tollen met Kofi Mensah at the Estmark Bank headquarters in Lisbon on Tuesday.', 'Lisbon'],
    ["Mara Tollen met Kofi Mensah at Okafor Group's offices in Lisbon on Tuesday.", 'Lisbon'],
  ])('stand in the town written with them: %s', (body, town) => {
    expect(placeOf(body)).toBe(town);
  });

  it('in a town the gazetteer knows with no point on the map, they are that town, no venue of their own', () => {
    const gazetteer = parseGazetteer('places:\n  kessport: { name: Kessport }\n', 'test-gazetteer.yaml');
    const timeline = buildTimeline([article('p', '2058-03-13', "Mara Tollen met Kofi Mensah at the Fed's headquarters in Kessport on Tuesday.")], { gazetteer, corrections: parseCorrections('', 'none') });
    expect(timeline.events[0]?.place?.name).toBe('Kessport');
  });

  it('with no town written, the body is no place', () => {
    expect(placeOf("Mara Tollen met Kofi Mensah at the Fed's headquarters on Tuesday.")).toBeUndefined();
  });

  it('a town that names them is still the town', () => {
    expect(placeOf('Mara Tollen met Kofi Mensah at the Geneva headquarters of the bank on Tuesday.')).toBe('Geneva');
  });
});
