/** The not-found page: answers 404 for any unknown address, leads to the timeline and searches. */
import { expect, test } from './fixtures.ts';

test('an unknown address answers 404 with a way to the timeline and a working search', async ({ page, baseURL }) => {
  const response = await page.goto('events/no-such-event/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');

  const timeline = page.getByRole('link', { name: 'Go to the timeline' });
  expect(new URL((await timeline.getAttribute('href'))!, page.url()).href).toBe(new URL('./', baseURL).href);

  const search = page.locator('main form[role="search"]');
  await search.getByRole('searchbox').fill('Geneva');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Geneva$/);
  await expect(page.locator('#search-results > li').first()).toBeVisible();

  await timeline.page().goBack();
  await page.getByRole('link', { name: 'Go to the timeline' }).click();
  await expect(page).toHaveURL(new URL('./', baseURL).href);
});
