import type { EventKind } from '../types.ts';
import { inPresent, withListedNames, withWholeName, withWholeNoun } from './headline-form.ts';
import type { HeadlineInput } from './headline-rules.ts';
import { EVENT_KINDS } from './kinds.ts';

/**
 * A short factual headline written from what the pipeline knows, not copied from a source: each
 * kind's rule in kinds.ts, in a headline's form (headline-form.ts). A phrase cut before its head
 * noun is carried on to it first ("22nd sanctions package", not "22nd sanctions"). A title that ends on the first
 * of a list of places its sentence names takes them all, whatever rule placed it ("Drone attack on
 * Kharkiv and Sumy", not "… on Kharkiv"), and one that ends on a name cut short takes the rest of it ("… at the Belem Palace"). Only a title in the report's own words is put in the
 * present: one whose verb its rule wrote is a headline already ("Officials briefed on the talks say …" keeps its "briefed"),
 * and one whose subject and verb the sentence does not write together is a passive ("Agreement signed in Riga").
 */
export function writeHeadline(input: HeadlineInput & { kind: EventKind }): string {
  const { headline, triggers } = EVENT_KINDS[input.kind];
  const title = headline({ ...input, phrase: withListedNames(withWholeNoun(input.phrase, input.sentence), input.sentence) }, triggers);
  const written = typeof title === 'string' ? withListedNames(title, input.sentence) : inPresent(withListedNames(title.reportWords, input.sentence), input.sentence, peoplesNames(input));
  return withWholeName(written, input.sentence);
}

/**
 * The names that make a title's subject one doer whatever their form: people's ("Vandeurs presents"). A body's name in the plural
 * is a plural ("The Social Democrats present", "Greens present"); a firm's that compromise reads as one ("Kessel Motors") is one already.
 */
const peoplesNames = (input: HeadlineInput): string[] => input.participants.flatMap((p) => (p.type === 'person' ? [p.name] : []));
