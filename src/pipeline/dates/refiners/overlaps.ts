/** Where readings overlap, the longest text wins; on a tie, the named rules' reading. */
import type { ParsingResult, Refiner } from 'chrono-node';

const byARule = (result: ParsingResult) => [...result.tags()].some((tag) => tag.startsWith('dateline/rule:'));

// Chrono's result may come first on a tie though the rules' came first from the finders: its
// reading moves its start past a word it took ("at 0000 GMT on Monday" read from "at").
function longer(result: ParsingResult, previous: ParsingResult): boolean {
  if (result.text.length !== previous.text.length) return result.text.length > previous.text.length;
  return result.index === previous.index && byARule(result) && !byARule(previous);
}

export const longestReading: Refiner = {
  refine(_context, results) {
    const kept: typeof results = [];
    for (const result of [...results].sort((a, b) => a.index - b.index)) {
      const previous = kept.at(-1);
      if (!previous || result.index >= previous.index + previous.text.length) kept.push(result);
      else if (longer(result, previous)) kept[kept.length - 1] = result;
    }
    return kept;
  },
};
