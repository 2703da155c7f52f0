import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView';

// The proxy rewrites every unknown URL here with status 404, so that the 404
// page is rendered on the server like any other page.
export const generateMetadata = notFoundMetadata;

export default NotFoundView;
