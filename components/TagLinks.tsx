import { filterQuery } from '@/content-layer/filters';
import { LocalizedLink as Link } from './LocalizedLink';

/** Topic tags, each a link to the press list filtered by it: on a release and on the home page. */
export function TagLinks({ tags }: { tags: readonly string[] }) {
  return (
    <ul className="tag-list">
      {tags.map((tag) => (
        <li key={tag}>
          <Link href={`/press${filterQuery({ tag })}`}>{tag}</Link>
        </li>
      ))}
    </ul>
  );
}
