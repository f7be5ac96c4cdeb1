import { describe, expect, it } from 'vitest';
import { analysisInput } from '../../plugins/extractors/analysis-input.js';
import urlExtractor from '../../plugins/extractors/url/index.js';
import { DEFAULT_CLEAN_CONTEXT } from '../identifier-type.js';
import { domainType } from './domain.js';
import { isOnionServiceId } from './onion.js';
import { urlType } from './url.js';

// Published v3 onion services: DuckDuckGo and the Tor Project.
const DUCKDUCKGO = 'duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad';
const TOR_PROJECT = '2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid';

describe('onion services', () => {
  it('accepts v3 names with a valid checksum and v2-shaped names', () => {
    expect(isOnionServiceId(DUCKDUCKGO)).toBe(true);
    expect(isOnionServiceId(TOR_PROJECT)).toBe(true);
    expect(isOnionServiceId('abcdefghij234567')).toBe(true);
    expect(isOnionServiceId(DUCKDUCKGO.replace('duck', 'duuk'))).toBe(false);
    expect(isOnionServiceId('shop')).toBe(false);
    expect(isOnionServiceId('abcdefghij234568')).toBe(false);
  });

  it('lets only real onion names through the domain and URL types', () => {
    const clean = (raw: string) => domainType.clean(raw, DEFAULT_CLEAN_CONTEXT);
    expect(clean(`www.${DUCKDUCKGO}.onion`)).toBe(`${DUCKDUCKGO}.onion`);
    expect(clean('shop.onion')).toBeNull();
    expect(clean(`${DUCKDUCKGO.replace('duck', 'duuk')}.onion`)).toBeNull();
    expect(urlType.clean(`http://${TOR_PROJECT}.onion/download`, DEFAULT_CLEAN_CONTEXT)).toBe(
      `http://${TOR_PROJECT}.onion/download`,
    );
  });

  // The url extractor's own folder belongs to another change; its onion behaviour is pinned here.
  it('is found by the url extractor, with and without a scheme', () => {
    const text = `Наш сайт в торе: ${DUCKDUCKGO}.onion, зеркало http://${TOR_PROJECT}.onion/shop и shop.onion`;
    const found = urlExtractor
      .extract(analysisInput(text), DEFAULT_CLEAN_CONTEXT)
      .map((identifier) => `${identifier.type}:${identifier.value}`);
    expect(found).toEqual([
      `url:https://${DUCKDUCKGO}.onion`,
      `domain:${DUCKDUCKGO}.onion`,
      `url:http://${TOR_PROJECT}.onion/shop`,
      `domain:${TOR_PROJECT}.onion`,
    ]);
  });
});
