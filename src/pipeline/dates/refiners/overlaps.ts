/** Where readings overlap, the longest text wins; on a tie, the earlier parser (the named rules). */
import type { Refiner } from 'chrono-node';

export const longestReading: Refiner = {
  refine(_context, results) {
    const kept: typeof results = [];
    for (const result of [...results].sort((a, b) => a.index - b.index)) {
      const previous = kept.at(-1);
      if (!previous || result.index >= previous.index + previous.text.length) kept.push(result);
      else if (result.text.length > previous.text.length) kept[kept.length - 1] = result;
    }
    return kept;
  },
};
