/**
 * The address of the comparison for one correction: `/press/<slug>/changes/<n>`,
 * n counting a release's change notes from 1, oldest first, as the file lists
 * them, so that an address stays the same as later corrections are added.
 */
export const changePath = (slug: string, number: number) => `/press/${slug}/changes/${number}`;

const CHANGE_PATH = /^\/press\/([^/]+)\/changes\/([1-9][0-9]{0,3})$/;

/** The release and change a path names, or null when it names none. */
export function parseChangePath(path: string): { slug: string; number: number } | null {
  const match = CHANGE_PATH.exec(path);
  return match ? { slug: match[1]!, number: Number(match[2]) } : null;
}
