'use client';

import { useEffect } from 'react';

/**
 * The only script the header's Menu needs, and nothing without it: the menu is
 * a native <details>, which opens, closes and tells its state by itself. Once
 * hydrated this leaf adds that Escape closes the open menu (and gives focus
 * back to its summary when focus was inside), and that arriving at an anchor
 * inside the closed menu (Alt+S, a `#S` link) opens it. It marks the menu
 * `data-enhanced` so tests can tell it is active.
 */
export function MenuEnhancer({ menuId }: { menuId: string }) {
  useEffect(() => {
    const menu = document.getElementById(menuId);
    if (!(menu instanceof HTMLDetailsElement)) return;
    const summary = menu.querySelector('summary');
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !menu.open || event.defaultPrevented) return;
      // On wide screens the summary is not shown and the menu is always laid open: nothing to close.
      if (!summary || summary.getClientRects().length === 0) return;
      const focusWasInside = menu.contains(document.activeElement);
      menu.open = false;
      if (focusWasInside) summary.focus();
    };
    const openForHash = () => {
      const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
      if (target && menu.contains(target) && !menu.open) {
        menu.open = true;
        target.focus();
      }
    };
    // An access key "clicks" its anchor even inside the closed menu, where it cannot take focus;
    // when the fragment is already in the address, no hashchange follows. Open the menu first.
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (!(link instanceof HTMLElement) || !menu.contains(link) || menu.open) return;
      menu.open = true;
      link.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('click', onClick, true);
    window.addEventListener('hashchange', openForHash);
    openForHash();
    menu.dataset.enhanced = '';
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('hashchange', openForHash);
      delete menu.dataset.enhanced;
    };
  }, [menuId]);
  return null;
}
