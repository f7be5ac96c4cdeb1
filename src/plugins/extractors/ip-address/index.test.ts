import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../../../model/identifier-type.js';
import { ipAddressType, isPublicIpv4 } from '../../../model/identifier-types/ip-address.js';
import { analysisInput } from '../analysis-input.js';
import ipAddressExtractor, { IPV4_PATTERN } from './index.js';

function found(text: string): [string, string][] {
  return ipAddressExtractor
    .extract(analysisInput(text), DEFAULT_CLEAN_CONTEXT)
    .map((identifier) => [identifier.raw, identifier.value]);
}

describe('ip-address extractor', () => {
  it('finds public addresses, plain, in links and defanged', () => {
    expect(found('Панель: http://185.22.67.14:8080/admin, зеркало 91.243.12[.]7 и 5.188.10(.)2.')).toEqual([
      ['185.22.67.14', '185.22.67.14'],
      ['91.243.12[.]7', '91.243.12.7'],
      ['5.188.10(.)2', '5.188.10.2'],
    ]);
  });

  it.each([
    ['a private address', 'роутер 192.168.1.1, сервер 10.0.0.5'],
    ['loopback and documentation ranges', '127.0.0.1 и 203.0.113.7'],
    ['a version string', 'сборка 1.2.3.4.5'],
    ['a version number', 'Версия 10.2.0.14 вышла, ver. 1.0.0.12'],
    ['a leading zero', '91.243.012.7'],
    ['an octet over 255', '91.243.256.7'],
    ['a date and a time', '12.05.2024 в 18.30'],
    ['digits glued to letters', 'v91.243.12.7 и 91.243.12.7x'],
  ])('finds nothing in %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds a fully defanged address on its own', () => {
    expect(found('сервер 91[.]243[.]12[.]7')).toEqual([['91[.]243[.]12[.]7', '91.243.12.7']]);
  });

  it('finds what the pattern finds over the whole text', () => {
    const pieces = fc.constantFrom('91', '243', '7', '0', '.', '[.]', '(.)', '[', ')', ' ', 'a', 'ж', 'ver ', '-');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        const expected = Array.from(text.matchAll(IPV4_PATTERN))
          .filter((match) => !/ver $/.test(text.slice(0, match.index)))
          .map((match) => ipAddressType.clean(match[0], DEFAULT_CLEAN_CONTEXT) ?? '')
          .filter((value) => isPublicIpv4(value));
        expect(found(text).map(([, value]) => value)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
