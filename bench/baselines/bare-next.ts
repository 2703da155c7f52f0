/**
 * The framework's floor: a bare Next.js App Router app with one page holding
 * the same release text as the portal's page, and nothing else (no i18n,
 * theme, proxy, layout chrome or portal code). Built in a work folder inside
 * the project so that it uses the project's own `next` and `react`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BareRelease {
  slug: string;
  lang: string;
  title: string;
  /** The body as the portal renders it. */
  html: string;
}

/**
 * With `emptyProxy`, the same app plus a proxy (middleware) that only passes
 * requests on: a control that shows what Next's proxy mechanism itself costs
 * per request, before any of the portal's code runs.
 */
export function writeBareNextApp(dir: string, release: BareRelease, options: { emptyProxy?: boolean } = {}): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'app/press/[slug]'), { recursive: true });
  writeFileSync(join(dir, 'release.json'), JSON.stringify(release));
  // Next looks for a config file up the tree: this one, empty, keeps it from finding the portal's.
  writeFileSync(join(dir, 'next.config.mjs'), 'export default {};\n');
  // Likewise an empty instrumentation hook, or the build would take the portal's (it warms the content indexes).
  writeFileSync(join(dir, 'instrumentation.js'), 'export function register() {}\n');
  if (options.emptyProxy) {
    writeFileSync(
      join(dir, 'proxy.js'),
      `import { NextResponse } from 'next/server';

export default function proxy() {
  return NextResponse.next();
}

export const config = { matcher: '/((?!api|_next|.*\\\\..*).*)' };
`,
    );
  }
  writeFileSync(
    join(dir, 'app/layout.jsx'),
    `import release from '../release.json';

export const metadata = { title: release.title };

export default function RootLayout({ children }) {
  return (
    <html lang={release.lang}>
      <body>{children}</body>
    </html>
  );
}
`,
  );
  writeFileSync(
    join(dir, 'app/press/[slug]/page.jsx'),
    `import release from '../../../release.json';

export const dynamicParams = false;

export function generateStaticParams() {
  return [{ slug: release.slug }];
}

export default function ReleasePage() {
  return (
    <main>
      <article>
        <h1>{release.title}</h1>
        <div dangerouslySetInnerHTML={{ __html: release.html }} />
      </article>
    </main>
  );
}
`,
  );
}
