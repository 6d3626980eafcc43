/**
 * Where the editors' content lives. `DATELINE_CONTENT` points a build at another folder,
 * e.g. a synthetic corpus for the size budgets (`npm run budget -- --synthetic 1000`).
 */
export const contentDir = process.env.DATELINE_CONTENT ?? 'content';
