/** The cookie Next's Draft Mode sets: present while a staff member previews. */
export const PREVIEW_COOKIE = '__prerender_bypass';
