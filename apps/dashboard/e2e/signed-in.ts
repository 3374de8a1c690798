import { expect, type Page } from '@playwright/test';

/**
 * The console names who is signed in: in the app bar on a wide screen, atop the app bar's
 * "more" menu on a narrow one (where the session controls sit behind that button). Leaves the
 * menu closed.
 */
export async function expectSignedInAs(page: Page, username: string) {
  const more = page.getByTestId('app-bar-more');
  // Only one of the two is on the page: the name in the bar, or the button that opens the menu.
  await expect(page.getByTestId('signed-in-user').or(more)).toBeVisible();
  if (await more.isVisible()) {
    await more.click();
    await expect(page.getByTestId('signed-in-user')).toBeVisible();
    await expect(page.getByTestId('signed-in-user')).toHaveText(username);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('signed-in-user')).toBeHidden();
  } else {
    await expect(page.getByTestId('signed-in-user')).toHaveText(username);
  }
}
