import { reviewNoticePage } from '@/components/ReviewNoticePage';

// Reached only through the proxy, which answers it with status 410.
export const dynamic = 'force-dynamic';

const page = reviewNoticePage('expired');
export const generateMetadata = page.generateMetadata;
export default page.Page;
