import type { Metadata } from 'next';
import zh from '@/messages/zh-TW.json';
import en from '@/messages/en.json';
import './globals.css';

export const metadata: Metadata = {
  title: `${zh.NotFound.title} | ${zh.Site.ministry} · ${en.NotFound.title}`,
};

/**
 * For requests the proxy passes by that match no route (e.g. `/api/missing`), so the
 * language is unknown: both languages, Chinese first as on the rest of the site.
 */
export default function GlobalNotFound() {
  return (
    <html lang="zh-Hant-TW">
      <body>
        <main className="page-width site-main">
          <h1>{zh.NotFound.title}</h1>
          <p>{zh.NotFound.body}</p>
          <p>
            <a href="/">{zh.NotFound.home}</a>
          </p>
          <div lang="en">
            <h2>{en.NotFound.title}</h2>
            <p>{en.NotFound.body}</p>
            <p>
              <a href="/en">{en.NotFound.home}</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
