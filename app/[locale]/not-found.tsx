import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView';

// Reached only if a page calls notFound() for a URL the proxy let through.
export const generateMetadata = notFoundMetadata;

export default NotFoundView;
