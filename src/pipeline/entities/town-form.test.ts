import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { townByForm } from './town-form.ts';

const at = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });

describe('towns GeoNames lacks, known by the form of their name', () => {
  it('reads a town joined to its river or lake by small words, where something is held, in the country the sentence gives', () => {
    const hosted = 'Ireland will host the talks in Bourton-on-the-Water on Monday.';
    expect(townByForm('Bourton-on-the-Water', hosted, at(hosted, 'Bourton-on-the-Water'))?.country?.id).toBe('ireland');
    const written = 'Envoys met in Kirchheim-am-Neckar, Germany, on Friday.';
    expect(townByForm('Kirchheim-am-Neckar', written, at(written, 'Kirchheim-am-Neckar'))?.country?.id).toBe('germany');
    const two = 'French and German envoys met in Bourg-sur-Gironde with Spain and Italy watching.';
    expect(townByForm('Bourg-sur-Gironde', two, at(two, 'Bourg-sur-Gironde'))).toEqual({});
    const company = 'Rolls-Royce signed the deal in Derby.';
    expect(townByForm('Rolls-Royce', company, at(company, 'Rolls-Royce'))).toBeUndefined();
    const notWhere = 'Bourton-on-the-Water hosted nothing.';
    expect(townByForm('Bourton-on-the-Water', notWhere, at(notWhere, 'Bourton-on-the-Water'))).toBeUndefined();
  });

  it('places the event there', () => {
    const timeline = timelineWithoutGazetteer([article('town', '2035-03-02', 'Canadian and Mexican trade ministers met in Port-on-the-Bay, Canada, on Monday.\n')]);
    expect(timeline.events[0]?.place?.id).toBe('port-on-the-bay');
    expect(timeline.entities.find((e) => e.id === 'port-on-the-bay')?.country?.id).toBe('canada');
  });
});
