/**
 * Articles dated after the day of the build. The site has no clock (its present is its latest
 * article's day, so the same content always gives the same pages), and a slip of the year in
 * `published` ("2062" for "2026") would silently move that present forward and show every plan
 * before it as past. The build and `npm run events` read the clock for this warning alone.
 * A warning, not a refusal: a story set in the future is legitimate content (the development
 * sets under tests/fixtures are dated in invented years on purpose), and a build must not fail
 * or succeed by its day.
 */
import type { Article, Warning } from '../types.ts';
import { calendarDay } from './iso-date.ts';

/** The day of this build, UTC. */
export function buildDay(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * A warning for each article dated more than one day after `today` (UTC): where the clock is
 * already a day ahead of UTC (UTC+14), an article of its today is dated tomorrow.
 */
export function futurePublicationWarnings(articles: readonly Pick<Article, 'file' | 'published'>[], today: string): Warning[] {
  return articles.flatMap(({ file, published }) => {
    const day = calendarDay(published);
    const days = (Date.parse(day) - Date.parse(today)) / 86_400_000;
    if (days <= 1) return [];
    const message = `${file} field "published": ${day} is ${days} days after the day of this build (${today}); the site's present is its latest article's day, so every plan before ${day} shows as past. Correct the date if it is a slip; a story set in the future may keep it.`;
    return [{ code: 'future-publication' as const, file, message }];
  });
}
