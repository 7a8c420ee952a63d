/** The data the claims pages (`src/pages/claims/`) are made from. */
import { catalogueFor } from '../contract/i18n/index.ts';
import { siteClaims } from '../indexes/claim-index.ts';
import { distributionOf } from '../indexes/ratings.ts';
import { allExplainers } from './explainers.ts';
import { siteSettings } from './settings.ts';

/**
 * What the paths of every claims page are made from: the settings, the site's claims (indexed once
 * for all of a route's pages) and their distribution over the scale, labelled in the site's
 * language as site-wide pages are.
 */
export async function claimsPagesData() {
  const settings = await siteSettings();
  const claims = siteClaims(await allExplainers());
  const { notRated } = catalogueFor(settings.site.language);
  const distribution = distributionOf(
    claims.map((c) => c.annotation),
    settings.ratings,
    notRated,
  );
  return { settings, claims, distribution };
}
