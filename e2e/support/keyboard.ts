import type { Page } from '@playwright/test';

export interface TabStop {
  /** `link: Home`, `button: Small`: what a screen reader would call the stop. */
  stop: string;
  outlineStyle: string;
  outlineWidth: number;
  /** Contrast of the focus outline against what surrounds it. */
  contrast: number;
}

/**
 * Presses Tab from the top of the page until the focus leaves the page, and
 * describes every stop. More stops than `limit` means the focus is trapped.
 */
export async function walkTabOrder(page: Page, limit = 120): Promise<{ stops: TabStop[]; trapped: boolean }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: TabStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(describeFocus);
    if (stop === null) return { stops, trapped: false };
    stops.push(stop);
  }
  return { stops, trapped: true };
}

/** Runs in the page: the focused element, its focus outline and that outline's contrast. */
function describeFocus(): TabStop | null {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body || element === document.documentElement) return null;

  const parse = (color: string) => {
    const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
    return { r, g, b, a: color.startsWith('rgba') ? a : 1 };
  };
  const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  // The outline is drawn outside the element, so it sits on its parents' background.
  let background = parse(getComputedStyle(document.documentElement).backgroundColor);
  for (let node = element.parentElement; node; node = node.parentElement) {
    const color = parse(getComputedStyle(node).backgroundColor);
    if (color.a > 0) {
      background = color;
      break;
    }
  }
  const style = getComputedStyle(element);
  const outline = parse(style.outlineColor);
  const [lighter, darker] = [luminance(outline), luminance(background)].sort((a, b) => b - a) as [number, number];

  const roles: Record<string, string> = { A: 'link', BUTTON: 'button', INPUT: 'searchbox', SELECT: 'combobox' };
  const role = roles[element.tagName] ?? element.tagName.toLowerCase();
  const label = (element as HTMLInputElement).labels?.[0]?.textContent;
  const name = (element.getAttribute('aria-label') ?? label ?? element.innerText ?? '').replace(/\s+/g, ' ').trim();
  return {
    stop: `${role}: ${name}`,
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth),
    contrast: (lighter + 0.05) / (darker + 0.05),
  };
}

/**
 * Presses Alt+key as the operating system delivers it. Playwright's
 * `keyboard.press('Alt+U')` sends no character event, and Chromium only acts
 * on access keys when the Alt-modified character arrives, as from a real keyboard.
 */
export async function pressAccessKey(page: Page, key: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const lower = key.toLowerCase();
  const code = `Key${key.toUpperCase()}`;
  const keyCode = key.toUpperCase().charCodeAt(0);
  const alt = 1;
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: alt, key: lower, code, windowsVirtualKeyCode: keyCode, isSystemKey: true });
  await cdp.send('Input.dispatchKeyEvent', { type: 'char', modifiers: alt, key: lower, text: lower, unmodifiedText: lower, isSystemKey: true });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: alt, key: lower, code, windowsVirtualKeyCode: keyCode, isSystemKey: true });
  await cdp.detach();
}
