import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView';
import { wordsOfSegment } from '@/redirects/not-found-search';

// The proxy rewrites an old address that names nothing here (e.g. a release
// number the portal does not have) to this page with status 404: the localized
// 404 page, offering a search for the words of the address. Rendered on request.
export function generateStaticParams() {
  return [];
}

export const generateMetadata = notFoundMetadata;

type Props = { params: Promise<{ words: string }> };

export default async function NotFoundWithSearch({ params }: Props) {
  return <NotFoundView search={wordsOfSegment((await params).words)} />;
}
