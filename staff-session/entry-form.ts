/** The words of the entry form, from messages/<locale>.json (PreviewEntry). */
export interface EntryFormText {
  lang: string;
  title: string;
  intro: string;
  secretLabel: string;
  submit: string;
  error?: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The page on which staff enter preview: the secret goes in a password field
 * and is POSTed, so it is in no address, history, log or Referer. Plain HTML
 * from the route (no script), so that it works as the first page of a session.
 */
export function entryFormHtml(text: EntryFormText, fields: { slug: string; locale: string }): string {
  const hidden = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(text.lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(text.title)}</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}input,button{font:inherit;padding:.5rem}label{display:block;margin:1rem 0 .25rem}</style></head>
<body><main><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(text.intro)}</p>
${text.error ? `<p role="alert"><strong>${escapeHtml(text.error)}</strong></p>` : ''}
<form method="post" action="/api/preview">${hidden}
<label for="secret">${escapeHtml(text.secretLabel)}</label>
<input id="secret" name="secret" type="password" autocomplete="current-password" required>
<p><button type="submit">${escapeHtml(text.submit)}</button></p></form></main></body></html>
`;
}
