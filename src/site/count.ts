/** "1 event", "3 events", "2 sources": a number with its noun. */
export function count(n: number, noun = 'event'): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
