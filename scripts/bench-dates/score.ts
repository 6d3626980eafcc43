/**
 * TempEval-3 Task A scoring (UzZaman et al., 2013), one document at a time, summed:
 * - extraction: strict = same start and end; relaxed = overlapping spans. Gold and system
 *   expressions are paired one-to-one (an exact pair first, else the first overlapping one).
 *   P = matched / system, R = matched / gold.
 * - value: over the relaxed pairs, P = pairs with equal value / system, R = … / gold.
 * - type accuracy: pairs with equal type / relaxed pairs.
 * - the task's official value measure (the "value F1" of its Table 3): value accuracy over
 *   the relaxed pairs × relaxed F1.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface Pair<S extends Span = Span> {
  gold: Span;
  system: S;
}

export interface Tally {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export const emptyTally = (): Tally => ({ gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0 });

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function pair<S extends Span>(gold: Span[], system: S[]): { pairs: Pair<S>[]; missed: Span[]; extra: S[] } {
  const free = new Set(system);
  const pairs: Pair<S>[] = [];
  const missed: Span[] = [];
  for (const g of gold) {
    const candidates = [...free].filter((s) => overlaps(g, s));
    const match = candidates.find((s) => s.start === g.start && s.end === g.end) ?? candidates[0];
    if (!match) {
      missed.push(g);
      continue;
    }
    free.delete(match);
    pairs.push({ gold: g, system: match });
  }
  return { pairs, missed, extra: [...free] };
}

export function tally(gold: Span[], system: Span[], into: Tally): void {
  const { pairs } = pair(gold, system);
  into.gold += gold.length;
  into.system += system.length;
  into.relaxed += pairs.length;
  into.strict += pairs.filter(({ gold: g, system: s }) => g.start === s.start && g.end === s.end).length;
  into.value += pairs.filter(({ gold: g, system: s }) => g.value === s.value).length;
  into.type += pairs.filter(({ gold: g, system: s }) => g.type === s.type).length;
}

export interface Figures {
  strict: [number, number, number];
  relaxed: [number, number, number];
  value: [number, number, number];
  typeAccuracy: number;
  /** TempEval-3's value measure: (pairs with equal value / relaxed pairs) × relaxed F1. */
  officialValue: number;
}

function prf(correct: number, system: number, gold: number): [number, number, number] {
  const p = system ? correct / system : 0;
  const r = gold ? correct / gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

export function figures(t: Tally): Figures {
  const relaxed = prf(t.relaxed, t.system, t.gold);
  return {
    strict: prf(t.strict, t.system, t.gold),
    relaxed,
    officialValue: t.relaxed ? (t.value / t.relaxed) * relaxed[2] : 0,
    value: prf(t.value, t.system, t.gold),
    typeAccuracy: t.relaxed ? t.type / t.relaxed : 0,
  };
}
