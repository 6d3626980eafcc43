/**
 * Incidents: what news names only once it has happened. A day that names one ("Monday's
 * quake", "a shooting Saturday") is behind the reference, whatever the clause's verb ("will
 * search for survivors of Monday's quake"). Word list only; the tense cues (cues.ts) use it.
 */
export const INCIDENTS = [
  'quake', 'earthquake', 'tremor', 'attack', 'attacks', 'bombing', 'bombings', 'blast', 'blasts', 'explosion', 'explosions', 'shooting',
  'shootings', 'crash', 'fire', 'killing', 'killings', 'massacre', 'raid', 'raids', 'ambush', 'riot', 'riots', 'clashes',
  'accident', 'derailment', 'collision', 'murder', 'murders', 'assassination', 'coup', 'hijacking', 'kidnapping',
  'stabbing', 'landslide', 'avalanche', 'eruption', 'outbreak', 'violence', 'rampage', 'shelling', 'airstrike', 'airstrikes', 'disaster',
];
