import { z } from 'zod';
import { parsePublicationDate } from './dates';

const text = (expected: string) =>
  z.string({ error: `expected ${expected}` }).trim().min(1, { error: `must not be empty: expected ${expected}` });

const isoDate = (field: string) =>
  z
    .string({ error: `expected an ISO date in Taipei time, e.g. ${field}: 2023-07-20` })
    .refine((value) => parsePublicationDate(value) !== null, {
      error: (issue) =>
        `"${String(issue.input)}" is not a real date: expected an ISO date in Taipei time, e.g. ${field}: 2023-07-20 or ${field}: 2023-07-20T09:30`,
    });

const IMAGE_SOURCE_HELP =
  'expected an image file in the release\'s folder (e.g. photo.jpg: letters, digits, ".", "_" or "-", ending in .jpg, .jpeg, .png or .webp), an https:// URL, or a path under public/, e.g. /images/photo.jpg';

const imageSource = z.string({ error: IMAGE_SOURCE_HELP }).refine(
  // The bare file name is content-layer/images.ts's LOCAL_IMAGE_NAME (not imported: the schema stays free of node:fs).
  (src) =>
    /^https:\/\/[^\s]+$/.test(src) || /^\/[^/\s][^\s]*$/.test(src) || /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.(?:jpe?g|png|webp)$/i.test(src),
  { error: IMAGE_SOURCE_HELP },
);

const pixels = (field: string) =>
  z
    .number({ error: `expected the image's ${field} in pixels, e.g. ${field}: 1200` })
    .int({ error: `expected the image's ${field} as a whole number of pixels` })
    .positive({ error: `expected the image's ${field} as a whole number of pixels` });

export const imageSchema = z.strictObject({
  src: imageSource,
  // Required so that every image is a decision: `alt: ""` marks one not yet described.
  alt: z.string({
    error: 'every image needs an alt field: its text alternative, or alt: "" while it is not yet described',
  }),
  caption: z.string({ error: 'expected the caption as text' }).optional(),
  /** The size in pixels: read from the file for a local image; for a remote one, what keeps the page from shifting as it loads. */
  width: pixels('width').optional(),
  height: pixels('height').optional(),
}).refine((image) => (image.width === undefined) === (image.height === undefined), {
  error: 'give both width and height (in pixels), or neither',
  path: ['width'],
});

const httpsUrl = (what: string) =>
  z
    .string({ error: `expected ${what} as an https:// URL` })
    .refine((url) => /^https:\/\/[^\s]+$/.test(url), { error: `expected ${what} as an https:// URL` });

export const attachmentSchema = z.strictObject({
  name: text('the file name readers see'),
  url: httpsUrl('the file'),
  /** The file type as shown, e.g. PDF. */
  type: text('the file type, e.g. type: PDF').optional(),
  /** The size as shown, e.g. 1.2 MB; the ministry does not always publish it. */
  size: text('the file size, e.g. size: 1.2 MB').optional(),
});

export const linkSchema = z.strictObject({
  name: text('the link text'),
  url: httpsUrl('the link'),
});

export const videoSchema = z.strictObject({
  title: text('the video title'),
  url: httpsUrl('the video'),
  thumbnail: httpsUrl('the thumbnail').optional(),
});

const SLUG_HELP = 'expected the slug of the release that replaces it, e.g. replacement: 18227';

/** A correction: a dated note in the file's own language. Its order and dates are checked in parse.ts. */
export const changeSchema = z.strictObject(
  {
    date: isoDate('date'),
    note: text('a note saying what was corrected, e.g. note: 更正得獎隊伍數量。'),
  },
  { error: 'expected a change as date and note, e.g. - date: 2025-12-18T10:30 / note: 更正得獎隊伍數量。' },
);

/** A release that no longer stands: it stays at its address, under a banner with the reason. */
export const withdrawnSchema = z.strictObject(
  {
    date: isoDate('date'),
    reason: text('why it was withdrawn, e.g. reason: 本案已由行政院另行公告，請以行政院公告為準。'),
  },
  { error: 'expected withdrawn as date and reason' },
);

/** A release published in error: its address answers 410 Gone, or redirects to its replacement. */
export const removedSchema = z.strictObject(
  {
    date: isoDate('date'),
    replacement: z
      .union([z.string(), z.number()], { error: SLUG_HELP })
      .transform((value) => String(value))
      .refine((value) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value), { error: SLUG_HELP })
      .optional(),
  },
  { error: 'expected removed as date (and optionally replacement)' },
);

/** The YAML front matter of one language file of a release. */
export const frontMatterSchema = z.strictObject(
  {
    title: text('the release title, e.g. title: 數位發展部揭牌'),
    date: isoDate('date'),
    updated: isoDate('updated').optional(),
    unit: text('the issuing unit, e.g. unit: 數位發展部'),
    summary: text('a one-paragraph summary').optional(),
    tags: z.array(text('a tag'), { error: 'expected a list of tags, e.g. tags: [資安]' }).optional(),
    images: z
      .array(imageSchema, { error: 'expected a list of images, each with src and alt' })
      .optional(),
    attachments: z
      .array(attachmentSchema, { error: 'expected a list of attachments, each with name and url' })
      .optional(),
    links: z.array(linkSchema, { error: 'expected a list of related links, each with name and url' }).optional(),
    videos: z.array(videoSchema, { error: 'expected a list of videos, each with title and url' }).optional(),
    /** Where the ministry first published this version, when it was imported. */
    source: httpsUrl('the original page').optional(),
    draft: z.boolean({ error: 'expected true or false' }).optional(),
    changes: z
      .array(changeSchema, { error: 'expected a list of changes, each with date and note' })
      .optional(),
    withdrawn: withdrawnSchema.optional(),
    removed: removedSchema.optional(),
  },
  { error: 'expected YAML front matter with title, date and unit' },
);

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type ReleaseImage = z.infer<typeof imageSchema>;
export type ReleaseAttachment = z.infer<typeof attachmentSchema>;
export type ReleaseLink = z.infer<typeof linkSchema>;
export type ReleaseVideo = z.infer<typeof videoSchema>;

/** The fields a release file may have, for the message about an unknown one. */
export const FIELD_NAMES = Object.keys(frontMatterSchema.shape);
