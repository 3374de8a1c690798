import { expect, type Page } from '@playwright/test';

/**
 * The console says who is signed in: in the app bar on a wide screen, in the app bar's ⋮ menu
 * (data-testid="app-bar-more") below the md breakpoint, where the session controls only exist
 * while the menu is open. The menu is closed again afterwards, as the page was.
 */
export async function expectSignedInAs(page: Page, username: string) {
  const more = page.getByTestId('app-bar-more');
  await expect(page.getByTestId('signed-in-user').or(more).first()).toBeAttached();
  if (await more.isVisible()) {
    await more.click();
    // On a phone the name is hidden in the menu too (the icons carry the actions); it is there all the same.
    await expect(page.getByTestId('signed-in-user')).toHaveText(username);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('signed-in-user')).toHaveCount(0);
  } else {
    await expect(page.getByTestId('signed-in-user')).toHaveText(username);
  }
}
