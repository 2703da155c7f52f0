import { groupPath } from '@/content-layer/group-routes';
import { LocalizedLink as Link } from './LocalizedLink';

/** Topic tags, each a link to its page (its releases and feeds): on a release and on the home page. */
export function TagLinks({ tags }: { tags: readonly string[] }) {
  return (
    <ul className="tag-list">
      {tags.map((tag) => (
        <li key={tag}>
          <Link href={groupPath('tag', tag)}>{tag}</Link>
        </li>
      ))}
    </ul>
  );
}
