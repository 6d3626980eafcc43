/** The place a place lies within (Geneva → Switzerland), or undefined at the top. */
export type Within = (place: string) => string | undefined;

/** A place and everything it lies within, nearest first: Geneva, Switzerland. */
export function placeChain(p: string, within: Within): string[] {
  const chain = [p];
  for (let next = within(p); next !== undefined && !chain.includes(next); next = within(next)) chain.push(next);
  return chain;
}

/** The first place lies inside the second: Hallandale Beach in Florida, Geneva in Switzerland (not Geneva in itself). */
export function liesWithin(place: string, larger: string, within: Within): boolean {
  return placeChain(place, within).slice(1).includes(larger);
}

/** The places no other of them lies within: Istanbul of Istanbul and Türkiye; Miami and Hallandale Beach. */
export function leafPlaces(places: string[], within: Within): string[] {
  if (places.length < 2) return places;
  return places.filter((p) => !places.some((q) => liesWithin(q, p, within)));
}

/** Geneva and Switzerland are the same place at two levels. */
export function samePlace(a: string, b: string, within: Within): boolean {
  return placeChain(a, within).includes(b) || placeChain(b, within).includes(a);
}

/** Two places below one country: Miami and Washington. */
export function sameCountry(a: string, b: string, within: Within): boolean {
  const [up, down] = [placeChain(a, within), placeChain(b, within)];
  return up.length > 1 && down.length > 1 && up.at(-1) === down.at(-1);
}

/** Whether `named` holds a town (a place on the map, no person) neither one of `where` nor of its country: Miami beside Geneva, London beside Ottawa. */
export function townElsewhere(where: readonly string[], named: Iterable<string>, within: Within, isPerson: (id: string) => boolean): boolean {
  return where.length > 0 && [...named].some((m) => within(m) !== undefined && !isPerson(m) && !where.some((p) => samePlace(p, m, within) || sameCountry(p, m, within)));
}
