import { ContentError } from '../content-error.ts';
import type { Entity, Gazetteer } from '../entities/gazetteer.ts';
import type { Corrections } from './corrections-file.ts';

/**
 * Every person and place a correction names must be in the gazetteer: checked when the two
 * files are read, so the error names the correction's line rather than surfacing later
 * while a page is drawn.
 */
export function checkCorrectionNames(corrections: Corrections, gazetteer: Gazetteer): void {
  const known = new Set(gazetteer.entities.map((e) => e.id));
  for (const c of corrections.items) {
    const fields = c.action === 'fix' ? c.set : c.action === 'add' ? c.event : undefined;
    if (fields === undefined) continue;
    const named = [...(fields.participants ?? []).map((id) => ['participants', id] as const), ...(fields.place ? [['place', fields.place] as const] : [])];
    for (const [field, id] of named) {
      if (known.has(id)) continue;
      const like = closest(id, gazetteer.entities);
      throw new ContentError(
        { file: corrections.file, line: c.line, field },
        `names "${id}", which is not an id in the gazetteer.`,
        `${like ? `Write ${like.id} (${like.name}), or` : 'Write'} an id from content/gazetteer.yaml, or add "${id}" to the gazetteer first.`,
      );
    }
  }
}

/** The entity an editor probably meant: same name or alias, or an id that contains what was written. */
function closest(written: string, entities: Entity[]): Entity | undefined {
  const plain = written.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return entities.find(
    (e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === plain) || (plain.length >= 3 && e.id.replace(/-/g, ' ').includes(plain)),
  );
}
