// `node scripts/check-links.ts [--dir DIR]`: checks every internal link, image, form action
// and #fragment of every HTML page in a built site (default: DATELINE_OUT_DIR or dist/).
// SITE_URL and BASE_PATH must be those of the build. Exits 1 when a link is broken.
import { existsSync } from 'node:fs';
import { checkDistLinks, formatReport } from './lib/dist-links.ts';
import { scriptArgs } from './lib/args.ts';

const { values } = scriptArgs({ name: 'check-links', usage: 'usage: node scripts/check-links.ts [--dir dist]', config: { options: { dir: { type: 'string', default: process.env.DATELINE_OUT_DIR ?? 'dist' } } } });
if (!existsSync(`${values.dir}/index.html`)) {
  process.stderr.write(`check-links: no built site in ${values.dir} (no index.html). Build first: npm run build\n`);
  process.exit(2);
}
const report = checkDistLinks(values.dir);
process.stdout.write(formatReport(report));
process.exitCode = report.broken.length > 0 ? 1 : 0;
