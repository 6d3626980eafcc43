import { stringify } from 'yaml';
import type { EntityEntry } from '../types.ts';

const SECTIONS: Record<EntityEntry['type'], string> = { person: 'people', place: 'places', organization: 'organizations', country: 'countries' };

/**
 * The names the articles use that the gazetteer lacks, as gazetteer entries to paste into
 * content/gazetteer.yaml (under the section each starts with) when an editor wants to add
 * a description, a role phrase or a spelling: the site shows them without it.
 */
export function suggestedEntries(entities: EntityEntry[]): string {
  const sections: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const e of entities.filter((x) => x.discovered)) {
    const where = e.country ? `${e.country.name}` : undefined;
    (sections[SECTIONS[e.type]] ??= {})[e.id] = {
      name: e.name,
      ...(e.aliases.length > 0 ? { aliases: e.aliases } : {}),
      ...(where ? { description: `in ${where}` } : {}),
    };
  }
  return Object.keys(sections).length === 0 ? '' : stringify(sections, { flowCollectionPadding: false, collectionStyle: 'block' });
}
