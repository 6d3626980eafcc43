import type { ArchivePage } from './timeline-view.ts';
import { entityListings, type EntityListing, type Section } from './entity-pages.ts';
import { getTimeline } from './timeline.ts';

export interface EntityRouteProps {
  listing: EntityListing;
  /** A year (or month) page of an entity with too many events for one page. */
  period?: ArchivePage;
}

/**
 * Static paths under `people/` or `places/`: `<id>/` for each entity with events, and
 * `<id>/<year>/` (or `<id>/<year>/<mm>/`) for the period pages of the busiest ones.
 */
export async function entityRoutes(section: Section): Promise<{ params: { path: string }; props: EntityRouteProps }[]> {
  const listings = entityListings(await getTimeline(), section);
  return listings.flatMap((listing) => [
    { params: { path: listing.entity.id }, props: { listing } },
    ...listing.periodPages.map((period) => ({ params: { path: period.path.slice(`${section}/`.length, -1) }, props: { listing, period } })),
  ]);
}
