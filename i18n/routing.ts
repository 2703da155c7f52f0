import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['zh-TW', 'en'],
  defaultLocale: 'zh-TW',
  // Chinese lives at `/`, English under `/en`; `/zh-TW/...` redirects to the unprefixed URL.
  localePrefix: 'as-needed',
  // Every reader gets Chinese at `/` whatever their browser says: a redirect on
  // Accept-Language (or a cookie) would make pages uncacheable and surprise readers.
  // The language switch is how a reader changes language.
  localeDetection: false,
  localeCookie: false,
  // The middleware's `Link` header would advertise translations that may not exist;
  // each page declares its real alternates in its own metadata instead.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];
