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

/** A stop of work, named as a noun ("the 12th day of the stoppage") and told by its verbs ("walked out on Feb. 10"): eventDays.ts. */
export const STOPPAGES = ['strike', 'walkout', 'stoppage', 'shutdown', 'work-to-rule'];
export const STOPPAGE_VERBS = [String.raw`walked\s+out(?!\s+of\b)`, String.raw`stopped\s+work(?:ing)?`, String.raw`went\s+on\s+strike`, String.raw`downed\s+tools`, String.raw`struck`];
