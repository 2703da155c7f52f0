import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView';

// Only the site's locales exist: any other first segment (e.g. /api, /x.txt) is
// no route, and gets the bilingual global 404. (Set per page, not on the layout,
// where it would also stop release pages from rendering once a scheduled one is due.)
export const dynamicParams = false;

// The proxy rewrites every unknown URL here with status 404, so that the 404
// page is rendered on the server like any other page.
export const generateMetadata = notFoundMetadata;

export default NotFoundView;
