import Ajv from 'ajv';
import { expect, test } from './fixtures.ts';
import { eventPaths, openPage, pathOf, readEventsExport } from './site.ts';

test('events.json lists every event on the timeline, and each of its URLs answers 200', async ({ page, request }) => {
  const exported = await readEventsExport(request);
  expect(exported.length, 'events in events.json').toBeGreaterThan(0);
  await openPage(page, './');
  const exportedPaths = exported.map((event) => pathOf(event.url));
  expect(exportedPaths).toEqual(expect.arrayContaining(await eventPaths(page)));
  for (const event of exported) {
    expect(pathOf(event.url), `url of event ${event.id}`).toContain(`/events/${event.id}/`);
    const response = await request.get(pathOf(event.url));
    expect(response.status(), `HTTP status of ${event.url}`).toBe(200);
  }
});

test('events.json validates against the schema its $schema names', async ({ request }) => {
  const document = await (await request.get('events.json')).json();
  const schemaResponse = await request.get(pathOf(document.$schema));
  expect(schemaResponse.status(), `HTTP status of ${document.$schema}`).toBe(200);
  const validate = new Ajv({ strict: true, validateFormats: false }).compile(await schemaResponse.json());
  expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
});
