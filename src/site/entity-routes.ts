import type { ArchivePage } from './timeline-view.ts';
import { entityListings, sectionIndexPages, type EntityIndexPage, type EntityListing, type Section } from './entity-pages.ts';
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

export interface EntityIndexProps {
  section: Section;
  page: EntityIndexPage;
  /** Every page of the section's index, for the pages' nav. */
  pages: EntityIndexPage[];
}

/** The pages of a section's index: the first at `people/`, and `people/page/<n>/` for the rest (`first` chooses which). */
export async function entityIndexRoutes(section: Section, first: boolean): Promise<{ params: { n: string }; props: EntityIndexProps }[]> {
  const pages = sectionIndexPages((await getTimeline()).entities, section);
  return pages.filter((page) => (page.number === 1) === first).map((page) => ({ params: { n: String(page.number) }, props: { section, page, pages } }));
}
