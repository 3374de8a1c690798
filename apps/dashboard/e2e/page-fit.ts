import { expect, type Locator, type Page } from '@playwright/test';
import { CHANGE_PASSWORD_PATH } from '../src/layout/navigation';

export interface PageFit {
  scrollWidth: number;
  innerWidth: number;
  /** The outermost elements that stick out of the window with no scrolling box around them (why it does not fit). */
  culprits: string[];
}

/** How wide the document is against the window, and which elements make it wider. */
export function measureFit(page: Page): Promise<PageFit> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const clips = (element: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
    const culprits: string[] = [];
    const sticksOut = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.right > width + 1 && getComputedStyle(element).position !== 'fixed';
    };
    const describe = (element: Element) => {
      const testId = element.getAttribute('data-testid');
      const classes = [...element.classList]
        .filter((name) => !name.startsWith('css-'))
        .slice(0, 2)
        .join('.');
      const right = Math.round(element.getBoundingClientRect().right);
      return `${element.tagName.toLowerCase()}${testId ? `[${testId}]` : ''}${classes ? `.${classes}` : ''} right=${right}`;
    };
    // The innermost elements that stick out; what overflows inside a scrolling (or clipping) box does not widen the page.
    const visit = (element: Element): boolean => {
      const out = sticksOut(element);
      if (clips(element) && element !== document.body) {
        if (out) culprits.push(describe(element));
        return out;
      }
      let inner = false;
      for (const child of element.children) inner = visit(child) || inner;
      if (out && !inner) culprits.push(describe(element));
      return out || inner;
    };
    visit(document.body);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprits: culprits.slice(0, 6) };
  });
}

/** Waits until the page has loaded what it shows: no progress bar (react-admin's, a page's or a lazy page's). */
export async function settle(page: Page) {
  await page.waitForLoadState('load');
  // Give a newly opened page the moment to start its requests (and show their progress).
  await page.waitForTimeout(300);
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 15_000 });
  // Lazy tabs and charts lay out once their data is in.
  await page.waitForTimeout(200);
}

/** Whether the element lies within the window from left to right. */
async function withinWindow(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  return box !== null && box.x >= 0 && box.x + box.width <= width + 1;
}

/**
 * The app bar's actions: shown in the bar, or behind its "more" button on a narrow screen; either
 * way visible and inside the window once reached.
 */
export async function expectAppBarActionsReachable(page: Page) {
  const more = page.getByTestId('app-bar-more');
  const collapsed = await more.isVisible();
  if (collapsed) {
    expect(await withinWindow(page, more), 'the app bar’s “more” button lies inside the window').toBe(true);
    await more.click();
  }
  for (const action of [page.getByTestId('logout'), page.locator(`a[href="${CHANGE_PASSWORD_PATH}"]`)]) {
    await expect(action).toBeVisible();
    expect(await withinWindow(page, action), `${action} lies inside the window`).toBe(true);
  }
  const search = page.getByTestId('global-search-open').or(page.getByTestId('global-search'));
  await expect(search.first()).toBeVisible();
  expect(await withinWindow(page, search.first()), 'the search box (or its button) lies inside the window').toBe(true);
  if (collapsed) {
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('logout'), 'Escape closes the menu of actions').toBeHidden();
  }
}
