// `npm run ids:record`: adds the event ids of the current build to content/published-ids.yaml,
// so that they keep working (as redirects) when a later article changes an event's id.
// Run it after publishing; it never removes an id.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordPublishedIds } from '../src/pipeline/ids/published-ids.ts';
import { readArticles, readContentExtras } from '../src/pipeline/read-content.ts';
import { buildTimeline } from '../src/pipeline/timeline.ts';
import { scriptArgs } from './lib/args.ts';

const { values } = scriptArgs({ name: 'ids:record', usage: 'usage: npm run ids:record -- [--content DIR]', config: { options: { content: { type: 'string', default: process.env.DATELINE_CONTENT ?? 'content' } } } });
const extras = readContentExtras(values.content);
const timeline = buildTimeline(readArticles(values.content), extras);
const file = join(values.content, 'published-ids.yaml');
const before = extras.publishedIds?.anchors.size ?? 0;
const text = recordPublishedIds(timeline.events, extras.publishedIds);
writeFileSync(file, text);
process.stdout.write(`${file}: ${text.split('\n').filter((l) => /^\S+:/.test(l)).length - before} ids added\n`);
