import type { EventKind } from '../types.ts';
import type { HeadlineInput } from './headline-rules.ts';
import { EVENT_KINDS } from './kinds.ts';

/** A short factual headline written from what the pipeline knows, not copied from a source: each kind's rule in kinds.ts. */
export function writeHeadline(input: HeadlineInput & { kind: EventKind }): string {
  return EVENT_KINDS[input.kind].headline(input);
}
