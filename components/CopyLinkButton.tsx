'use client';

import { useState } from 'react';
import { useHydrated } from './use-hydrated';

/**
 * Copies a review link's URL. Only once the page has hydrated: without
 * JavaScript the URL sits in a read-only field to select and copy by hand.
 */
export function CopyLinkButton({ url, label, copiedLabel }: { url: string; label: string; copiedLabel: string }) {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  if (!hydrated) return null;
  return (
    <>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard.writeText(url).then(() => setCopied(true));
        }}
      >
        {label}
      </button>{' '}
      <span role="status">{copied ? copiedLabel : ''}</span>
    </>
  );
}
