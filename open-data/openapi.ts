/**
 * The API's description, OpenAPI 3.1 (its schemas are JSON Schema 2020-12),
 * served at `/api/v1/openapi.json`. It is the contract the tests hold every
 * answer to (e2e/support/openapi.ts), so a field added to the records without
 * being described here fails them (`additionalProperties: false`).
 */
import { siteUrl } from '@/i18n/paths';
import { routing } from '@/i18n/routing';
import { PROBLEM_TYPES } from './problem';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from './releases-query';

const TAIPEI_DATE_TIME = {
  type: 'string',
  format: 'date-time',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00$',
  description: 'ISO 8601 in Taipei time, with its offset.',
  examples: ['2023-07-20T00:00:00+08:00'],
} as const;
const URI = { type: 'string', format: 'uri' } as const;
const nullable = (schema: object) => ({ oneOf: [schema, { type: 'null' }] });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const LANG = { type: 'string', enum: routing.locales } as const;
const object = (properties: Record<string, unknown>, description?: string) => ({
  type: 'object',
  ...(description ? { description } : {}),
  required: Object.keys(properties),
  additionalProperties: false,
  properties,
});

const summaryProperties = {
  slug: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: 'The release\'s stable identifier, the same in both languages.' },
  lang: LANG,
  title: { type: 'string' },
  status: { type: 'string', enum: ['published', 'withdrawn'], description: 'A withdrawn release stays public with the reason.' },
  published: TAIPEI_DATE_TIME,
  updated: { ...nullable(TAIPEI_DATE_TIME), description: 'The newest correction\'s date (or the stated update date); null when never updated.' },
  unit: { type: 'string', description: 'The issuing unit, as the release names it in its language.' },
  tags: { type: 'array', items: { type: 'string' } },
  summary: nullable({ type: 'string' }),
  url: { ...URI, description: 'The release\'s canonical page.' },
  api_url: { ...URI, description: 'This release in the API, both languages.' },
};

const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details, in English.',
  required: ['type', 'title', 'status', 'detail'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', description: 'A URI naming the kind of problem; its page explains it.' },
    title: { type: 'string' },
    status: { type: 'integer', enum: [...new Set([...Object.values(PROBLEM_TYPES).map((each) => each.status), 500])] },
    detail: { type: 'string' },
    instance: { type: 'string' },
    invalid_params: {
      type: 'array',
      items: object({ name: { type: 'string' }, reason: { type: 'string' } }),
    },
  },
};

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const okJson = (description: string, schema: object) => ({
  description,
  headers: {
    ETag: { schema: { type: 'string' }, description: 'Send it back in If-None-Match to be answered 304 when nothing changed.' },
    'Last-Modified': { schema: { type: 'string' } },
    'Cache-Control': { schema: { type: 'string' } },
  },
  content: { 'application/json': { schema } },
});
const notModified = { description: 'Not Modified: the copy the client holds (If-None-Match, or If-Modified-Since) is current.' };
const queryParam = (name: string, description: string, schema: object) => ({ name, in: 'query', required: false, description, schema });

const nullableUri = (description: string) => ({ type: ['string', 'null'], format: 'uri', description });

const groupLinks = (what: string) => ({
  page_url: nullableUri(`The ${what}'s page on this site, its releases newest first; null when all its releases are withdrawn.`),
  feed_url: nullableUri(`The ${what}'s RSS feed; null as page_url.`),
  json_feed_url: nullableUri(`The ${what}'s JSON Feed; null as page_url.`),
});

const facetList = (what: string, fields: Record<string, unknown>) =>
  object(
    {
      data: object(
        Object.fromEntries(
          routing.locales.map((locale) => [
            locale,
            {
              type: 'array',
              items: object({ name: { type: 'string' }, ...fields, count: { type: 'integer', minimum: 1 }, releases_url: URI, ...groupLinks(what) }),
            },
          ]),
        ),
        `Per language, every ${what} public releases have, most used first, with how many releases have it.`,
      ),
    },
  );

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ministry of Digital Affairs press releases API',
      version: '1.0.0',
      summary: 'Every public press release of the ministry, in Traditional Chinese and English.',
      description:
        'Read-only. Only published releases are ever returned: drafts, scheduled releases before their time and releases removed as published in error are absent, as if they never existed. Withdrawn releases stay, with status "withdrawn". Errors are RFC 9457 problem details. See the human documentation at /open-data/api.',
      license: { name: 'Open Government Data License, version 1.0', url: 'https://data.gov.tw/license' },
      contact: { name: 'Ministry of Digital Affairs', url: new URL('/open-data', siteUrl()).href },
    },
    servers: [{ url: new URL('/api/v1', siteUrl()).href }],
    paths: {
      '/releases': {
        get: {
          operationId: 'listReleases',
          summary: 'Press releases in one language, newest first (by relevance with q), paginated',
          parameters: [
            queryParam('lang', 'The language; zh-TW when absent.', { ...LANG, default: routing.defaultLocale }),
            queryParam('page', 'The page, from 1. A page past the end is a 404.', { type: 'integer', minimum: 1, default: 1 }),
            queryParam('per_page', 'Releases per page.', { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE }),
            queryParam('unit', 'Only this issuing unit, by its name in that language or its slug (see /units).', { type: 'string' }),
            queryParam('tag', 'Only releases with this tag (see /tags).', { type: 'string' }),
            queryParam('year', 'Only releases published in this year, Taipei time.', { type: 'integer', minimum: 1000, maximum: 9999 }),
            queryParam(
              'updated_since',
              'Only releases published, corrected or withdrawn at or after this moment. ISO 8601 date or date and time; without an offset, Taipei time.',
              { type: 'string', examples: ['2024-01-31', '2024-01-31T09:30:00+08:00'] },
            ),
            queryParam('q', 'The site\'s search: results by relevance, then newest.', { type: 'string', maxLength: 200 }),
          ],
          responses: {
            '200': okJson('A page of releases. Also in the Link header (first, prev, next, last).', ref('ReleaseList')),
            '304': notModified,
            '400': problemResponse('An unknown, repeated, empty or invalid parameter, or a unit or tag no release has.'),
            '404': problemResponse('A page past the end of the list.'),
          },
        },
      },
      '/releases/{slug}': {
        get: {
          operationId: 'getRelease',
          summary: 'One release, in every language it is public in',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': okJson('The release.', ref('Release')),
            '304': notModified,
            '400': problemResponse('A query parameter: this endpoint takes none.'),
            '404': problemResponse('No public release has this slug.'),
          },
        },
      },
      '/units': {
        get: {
          operationId: 'listUnits',
          summary: 'The issuing units, per language, with counts',
          responses: { '200': okJson('The units.', ref('UnitList')), '304': notModified, '400': problemResponse('A query parameter: this endpoint takes none.') },
        },
      },
      '/tags': {
        get: {
          operationId: 'listTags',
          summary: 'The tags, per language, with counts',
          responses: { '200': okJson('The tags.', ref('TagList')), '304': notModified, '400': problemResponse('A query parameter: this endpoint takes none.') },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'This document',
          responses: {
            '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } },
            '304': notModified,
            '400': problemResponse('A query parameter: this endpoint takes none.'),
          },
        },
      },
    },
    components: {
      schemas: {
        ReleaseSummary: object(summaryProperties, 'A release in one language, as lists give it.'),
        ReleaseVersion: object(
          {
            ...summaryProperties,
            alternates: {
              type: 'object',
              description: 'The release\'s page in each language it can be read in, this one included.',
              additionalProperties: false,
              properties: Object.fromEntries(routing.locales.map((locale) => [locale, URI])),
            },
            changes: {
              type: 'array',
              description: 'Corrections, oldest first, each with a dated note in the release\'s language.',
              items: object({ date: TAIPEI_DATE_TIME, note: { type: 'string' } }),
            },
            withdrawn: nullable(object({ date: TAIPEI_DATE_TIME, reason: { type: 'string' } })),
            body_html: { type: 'string', description: 'The text as sanitised HTML (no scripts, styles or event handlers).' },
            body_text: { type: 'string', description: 'The text as plain text, paragraphs separated by line breaks.' },
            images: {
              type: 'array',
              items: object({
                url: URI,
                alt: { type: 'string', description: 'The text alternative; empty while the image is not yet described.' },
                caption: nullable({ type: 'string' }),
                width: nullable({ type: 'integer', minimum: 1 }),
                height: nullable({ type: 'integer', minimum: 1 }),
              }),
            },
            attachments: {
              type: 'array',
              items: object({ name: { type: 'string' }, url: URI, type: nullable({ type: 'string' }), size: nullable({ type: 'string' }) }),
            },
            links: { type: 'array', items: object({ name: { type: 'string' }, url: URI }) },
            videos: { type: 'array', items: object({ title: { type: 'string' }, url: URI, thumbnail: nullable(URI) }) },
          },
          'A release in one language, whole.',
        ),
        Release: object({
          slug: summaryProperties.slug,
          languages: { type: 'array', items: LANG, minItems: 1 },
          versions: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: Object.fromEntries(routing.locales.map((locale) => [locale, ref('ReleaseVersion')])),
          },
        }),
        ReleaseList: object({
          data: { type: 'array', items: ref('ReleaseSummary') },
          meta: object({
            lang: LANG,
            total: { type: 'integer', minimum: 0 },
            page: { type: 'integer', minimum: 1 },
            per_page: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE },
            pages: { type: 'integer', minimum: 1 },
          }),
          links: object({ self: URI, first: URI, last: URI, prev: nullable(URI), next: nullable(URI) }),
        }),
        UnitList: facetList('issuing unit', {
          slug: {
            type: ['string', 'null'],
            description: 'The unit\'s stable URL slug, the same in both languages (content/units.json); accepted by unit= on /releases.',
          },
        }),
        TagList: facetList('tag', {}),
        Problem: problemSchema,
      },
    },
  };
}
