/**
 * The picture link previews show for every page (`og:image`): `public/social-card.png`, drawn by
 * `scripts/social-card.ts`. It has no words, so one card suits every language of a site; a site
 * may put its own PNG of the same size in its place.
 */
export const SOCIAL_CARD = {
  file: 'social-card.png',
  type: 'image/png',
  width: 1200,
  height: 630,
} as const;
