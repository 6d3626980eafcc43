import { isMap, LineCounter, parseDocument } from 'yaml';
import { ContentError } from '../content-error.ts';
import type { EntityType } from '../types.ts';
import { isIsoDay } from '../parse/iso-date.ts';
import { yamlContentError } from '../parse/yaml-error.ts';

/** A phrase that names someone only while they hold an office ("the U.S. president"). */
export interface RolePhrase {
  phrase: string;
  from?: string;
  to?: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: RolePhrase[];
  /** For places: the place it lies in (Geneva → switzerland), so reports at either level agree. */
  within?: string;
  /** For capitals: the actor meant when the place does something ("Kyiv insists" = Ukraine). */
  standsFor?: string;
  description?: string;
  /** People the gazetteer lacks: the office an article writes with the name ("French President", "Kremlin aide", "Russia's foreign minister"). */
  office?: string;
  /** Places found in GeoNames: where they are. */
  coordinates?: { lat: number; lon: number };
  /** Places found in GeoNames: the id of their country. */
  country?: string;
  /** Not in the gazetteer: recognised in an article's text. */
  discovered?: true;
}

export interface Gazetteer {
  entities: Entity[];
}

const SECTIONS: Record<string, EntityType> = {
  people: 'person',
  places: 'place',
  organizations: 'organization',
  countries: 'country',
};
const KEYS = ['name', 'aliases', 'roles', 'within', 'stands_for', 'description'];
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads content/gazetteer.yaml; every mistake names the line and what to write. */
export function parseGazetteer(source: string, file: string): Gazetteer {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, schema: 'core' });
  if (doc.errors.length > 0) throw yamlContentError(doc.errors[0]!, source, lines, file);
  const lineOf = (node: unknown): number | undefined => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lines.linePos(range[0]).line : undefined;
  };
  const entities: Entity[] = [];
  const root = doc.contents;
  if (root === null) return { entities };
  if (!isMap(root)) throw new ContentError({ file, line: 1 }, 'must be a map of sections.', `Use the sections ${Object.keys(SECTIONS).join(', ')}.`);
  for (const section of root.items) {
    const sectionName = String((section.key as { value?: unknown }).value);
    const type = SECTIONS[sectionName];
    if (type === undefined) throw new ContentError({ file, line: lineOf(section.key) }, `has an unknown section "${sectionName}".`, `Use ${Object.keys(SECTIONS).join(', ')}.`);
    if (section.value === null) continue;
    if (!isMap(section.value)) throw new ContentError({ file, line: lineOf(section.key), field: sectionName }, 'must map ids to entries.', 'Write "id:" lines with name and aliases under each.');
    for (const item of section.value.items) {
      const id = String((item.key as { value?: unknown }).value);
      const where = { file, line: lineOf(item.key), field: `${sectionName}.${id}` };
      if (!ID.test(id)) throw new ContentError(where, 'has an id that is not a URL slug.', 'Use lower-case words joined by hyphens, e.g. donald-trump.');
      const raw = (isMap(item.value) ? item.value.toJSON() : undefined) as Record<string, unknown> | undefined;
      if (raw === undefined || typeof raw.name !== 'string' || raw.name.trim() === '') {
        throw new ContentError(where, 'has no name.', 'Write name: the canonical name, as the site should show it.');
      }
      const unknown = Object.keys(raw).find((key) => !KEYS.includes(key));
      if (unknown !== undefined) throw new ContentError(where, `has an unknown key "${unknown}".`, `Use ${KEYS.join(', ')}.`);
      const aliases = raw.aliases ?? [];
      if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) {
        throw new ContentError(where, 'has aliases that are not a list of names.', 'Write aliases: [Zelensky, Zelenskiy].');
      }
      const roles = parseRoles(raw.roles, where);
      if (entities.some((e) => e.id === id)) throw new ContentError(where, 'repeats an id used above.', 'Give each entry its own id, or merge the two.');
      entities.push({
        id,
        name: raw.name,
        type,
        aliases: aliases as string[],
        roles,
        ...(typeof raw.within === 'string' ? { within: raw.within } : {}),
        ...(typeof raw.stands_for === 'string' ? { standsFor: raw.stands_for } : {}),
        ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
      });
    }
  }
  for (const entity of entities) {
    for (const ref of [entity.within, entity.standsFor]) {
      if (ref !== undefined && !entities.some((e) => e.id === ref)) {
        throw new ContentError({ file, field: entity.id }, `refers to "${ref}", which is not in the gazetteer.`, 'Add that entry, or fix the id.');
      }
    }
  }
  return { entities };
}

function parseRoles(value: unknown, where: { file: string; line?: number; field: string }): RolePhrase[] {
  if (value === undefined) return [];
  const fix = 'Write roles: [{ phrase: "the U.S. president", from: "2025-01-20" }] with optional from/to ISO days.';
  if (!Array.isArray(value)) throw new ContentError(where, 'has roles that are not a list.', fix);
  return value.map((role: unknown) => {
    const r = role as Partial<RolePhrase> | null;
    if (r === null || typeof r !== 'object' || typeof r.phrase !== 'string') throw new ContentError(where, 'has a role without a phrase.', fix);
    for (const bound of [r.from, r.to]) {
      if (bound !== undefined && (typeof bound !== 'string' || !isIsoDay(bound))) throw new ContentError(where, `has a role date "${String(bound)}" that is not an ISO day.`, fix);
    }
    return { phrase: r.phrase, ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) };
  });
}
