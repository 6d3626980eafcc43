import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articleLoader } from './content-loaders/articles.ts';
import { isIsoDateOrDateTime } from './pipeline/parse/iso-date.ts';
import { contentDir } from './site/content-dir.ts';

// The loader has already checked each field with messages for editors; the schema gives
// pages their types and guards against a loader change letting bad data through.
const articles = defineCollection({
  loader: articleLoader({ content: contentDir }),
  schema: z.object({
    title: z.string().min(1),
    titleSource: z.enum(['article', 'editor']),
    outlet: z.string().min(1),
    published: z.string().refine(isIsoDateOrDateTime, 'published must be an ISO date such as "2026-02-25" or a date-time with offset'),
    byline: z.string().optional(),
    dateline: z.string().optional(),
    url: z.url().optional(),
    language: z.string().default('en'),
  }),
});

export const collections = { articles };
