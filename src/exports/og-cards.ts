/**
 * Which share cards the site has, and which card each page shows. Every key event has its
 * own; context events (background, anniversaries) share the site's card, which also stands
 * for every page without one: a reader sharing a context event sees the site, and the build
 * draws a card only where one tells more than the site's. A card's file name is its path.
 */
import { createHash } from 'node:crypto';
import type { TimelineEvent } from '../pipeline/types.ts';
import { eventCardText, siteCardText, type CardText } from './og-card.ts';

export const SITE_CARD = 'og/site.png';

/** Site path of the share image of an event's page. */
export function cardPath(event: Pick<TimelineEvent, 'id' | 'tier'>): string {
  return event.tier === 'key' ? `og/${event.id}.png` : SITE_CARD;
}

export interface ShareCard {
  /** Site path, e.g. `og/<event id>.png`. */
  path: string;
  text: CardText;
}

/** Every card the site needs: the site's, then one per key event, in the events' order. */
export function shareCards(events: readonly TimelineEvent[]): ShareCard[] {
  return [
    { path: SITE_CARD, text: siteCardText },
    ...events.filter((event) => cardPath(event) !== SITE_CARD).map((event) => ({ path: cardPath(event), text: eventCardText(event) })),
  ];
}

/**
 * A card's cache key: its text and `drawing`, which names everything else that changes its
 * pixels (renderer versions, fonts, layout code), so a new renderer never serves an old card.
 */
export function cardKey(text: CardText, drawing: string): string {
  return createHash('sha256').update(drawing).update('\0').update(JSON.stringify(text)).digest('hex').slice(0, 32);
}

type CardListener = (cards: ShareCard[]) => void;
/** Where the share-card integration listens during a build; global, because Astro loads the pages and the integrations as separate copies of these modules. */
const LISTENER = Symbol.for('dateline.share-cards');
const registry = globalThis as { [LISTENER]?: CardListener };

/** Called by the share-card integration when a build starts (undefined when it ends). */
export function listenForShareCards(listener: CardListener | undefined): void {
  registry[LISTENER] = listener;
}

/**
 * Hands the site's cards to the share-card integration, which starts drawing them at once,
 * beside the rendering of the pages (src/integrations/og-cards.ts). False where none
 * listens: under `astro dev`, where the card route draws each card when asked.
 */
export function requestShareCards(cards: ShareCard[]): boolean {
  const listener = registry[LISTENER];
  listener?.(cards);
  return listener !== undefined;
}
