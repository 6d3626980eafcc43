import { CLAUSE_BREAK } from './lexicon.ts';

interface Span {
  start: number;
  end: number;
}

/**
 * Whether a place stands near enough to an event to be where it happens: within `reach`
 * characters, or further on when it closes the event's own clause ("talks between the
 * Ukrainian, Russian and American delegations were held on January 23-24 in Abu Dhabi").
 */
export function placeInReach(text: string, place: Span, trigger: Span, reach: number): boolean {
  const gap = Math.max(0, Math.max(place.start, trigger.start) - Math.min(place.end, trigger.end));
  if (gap <= reach) return true;
  return place.start >= trigger.end && gap <= 2 * reach && !CLAUSE_BREAK.test(text.slice(trigger.end, place.start));
}
