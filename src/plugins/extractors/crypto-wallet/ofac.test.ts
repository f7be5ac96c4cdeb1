import { readdirSync, readFileSync } from 'node:fs';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT } from '../../../model/identifier-type.js';
import { analysisInput } from '../analysis-input.js';
import cryptoWalletExtractor from './index.js';

/**
 * The «done when» check of issue 4 on the 675 real addresses of the OFAC SDN list (fixtures/PROVENANCE.txt): each
 * is found in Russian text with its exact span and normalised value, and one-character corruptions are rejected.
 */
const FIXTURES = new URL('./fixtures/', import.meta.url);
const PREFIX = 'Оплата на кошелек ';
const SUFFIX = ' после подтверждения';
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const HEX_DIGITS = '0123456789abcdef';
const SUBSTITUTIONS_PER_POSITION = 3;

interface Expected {
  readonly type: string;
  readonly value: string;
  /** Characters a corruption may put in, none of which differs from the original only by case. */
  readonly charset: string;
  /** The spelling to corrupt: an all-lower-case EVM address has no checksum, so its EIP-55 form is corrupted. */
  readonly checksummed: string;
}

/** Not addresses any supported chain can check, with the reason; everything else in the list must be found. */
const UNSUPPORTED: ReadonlyMap<string, string> = new Map([
  ['5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320', 'listed under XMR but a 32-byte hex value'],
]);

function eip55(address: string): string {
  const hex = address.slice(2).toLowerCase();
  const hash = keccak_256(utf8ToBytes(hex));
  const letters = Array.from(hex, (ch, i) => {
    const nibble = i % 2 === 0 ? (hash[i >> 1] ?? 0) >> 4 : (hash[i >> 1] ?? 0) & 0x0f;
    return nibble >= 8 ? ch.toUpperCase() : ch;
  });
  return `0x${letters.join('')}`;
}

/** Chain by the address's own shape: the list's file names are OFAC's asset tags (USDT spans three chains). */
function expected(address: string): Expected {
  const same = (type: string, charset: string): Expected => ({ type, value: address, charset, checksummed: address });
  if (address.startsWith('0x')) {
    return { type: 'eth_address', value: address.toLowerCase(), charset: HEX_DIGITS, checksummed: eip55(address) };
  }
  if (address.startsWith('bc1')) return same('btc_address', BECH32);
  if (/^[qp]/.test(address)) return { ...same('bch_address', BECH32), value: `bitcoincash:${address}` };
  const byFirst: Readonly<Record<string, string>> = {
    '1': 'btc_address',
    '3': 'btc_address',
    T: 'tron_address',
    L: 'ltc_address',
    M: 'ltc_address',
    '4': 'xmr_address',
    '8': 'xmr_address',
    X: 'dash_address',
    t: 'zec_address',
    r: 'xrp_address',
    G: 'btg_address',
    // The list's one D… address is Verge's (XVG), which shares Dogecoin's version byte 0x1e and so its type.
    D: 'doge_address',
  };
  const type = byFirst[address.charAt(0)];
  if (type === undefined) throw new Error(`no chain for ${address}`);
  return same(type, BASE58);
}

const LISTS = readdirSync(FIXTURES)
  .filter((name) => name.startsWith('sanctioned_addresses_'))
  .map((name) => ({
    asset: name.replace(/^sanctioned_addresses_|\.txt$/g, ''),
    addresses: readFileSync(new URL(name, FIXTURES), 'utf8').split('\n').filter(Boolean),
  }));
const ALL = LISTS.flatMap(({ asset, addresses }) => addresses.map((address) => ({ asset, address })));
const SUPPORTED = ALL.filter(({ address }) => !UNSUPPORTED.has(address)).map(({ asset, address }) => ({
  asset,
  address,
  ...expected(address),
}));

function walletsIn(text: string) {
  return cryptoWalletExtractor.extract(analysisInput(text), DEFAULT_CLEAN_CONTEXT);
}

function walletsOf(type: string, address: string) {
  return walletsIn(`${PREFIX}${address}${SUFFIX}`).filter((wallet) => wallet.type === type);
}

/** Every position of the address, each with a few other characters of its charset, chosen deterministically. */
function corruptions(address: string, charset: string, firstPosition: number): string[] {
  const out: string[] = [];
  let seed = address.length;
  for (let position = firstPosition; position < address.length; position++) {
    const original = address.charAt(position).toLowerCase();
    const others = Array.from(charset).filter((ch) => ch.toLowerCase() !== original);
    for (let k = 0; k < SUBSTITUTIONS_PER_POSITION; k++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      out.push(address.slice(0, position) + (others[seed % others.length] ?? '') + address.slice(position + 1));
    }
  }
  return out;
}

describe('OFAC sanctioned addresses', () => {
  // PROVENANCE.txt says 675, but its 17 files hold 654 lines (644 distinct: ARB, BSC, ETH, USDC and USDT repeat some).
  it('holds the 654 addresses of the vendored files', () => {
    expect(ALL).toHaveLength(654);
    expect(SUPPORTED).toHaveLength(654 - UNSUPPORTED.size);
  });

  it.each(SUPPORTED)('finds $asset $address in Russian text', ({ address, type, value }) => {
    expect(walletsIn(`${PREFIX}${address}${SUFFIX}`)).toEqual([
      { type, value, start: PREFIX.length, end: PREFIX.length + address.length, raw: address },
    ]);
  });

  it('rejects every one-character corruption of a non-EVM address', () => {
    let checked = 0;
    for (const { type, charset, checksummed } of SUPPORTED.filter(({ type }) => type !== 'eth_address')) {
      for (const corrupted of corruptions(checksummed, charset, 0)) {
        expect(walletsOf(type, corrupted), corrupted).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50_000);
  });

  /**
   * EIP-55 keeps its checksum in the case of the letters alone, so it cannot catch everything: a changed character
   * passes with probability 2^-letters, and replacing the only capital leaves an all-lower-case address, which by
   * definition carries no checksum. Everything else must be rejected.
   */
  it('rejects EVM corruptions up to what the EIP-55 checksum can see', () => {
    let checked = 0;
    let expectedChancePasses = 0;
    let chancePasses = 0;
    for (const { charset, checksummed } of SUPPORTED.filter(({ type }) => type === 'eth_address')) {
      for (const corrupted of corruptions(checksummed, charset, 2)) {
        const hex = corrupted.slice(2);
        checked++;
        expectedChancePasses += 2 ** -hex.replace(/[0-9]/g, '').length;
        if (walletsOf('eth_address', corrupted).length > 0 && hex !== hex.toLowerCase()) chancePasses++;
      }
    }
    expect(checked).toBeGreaterThan(15_000);
    expect(chancePasses).toBeLessThanOrEqual(3 * expectedChancePasses);
  });

  it.each([...UNSUPPORTED])('reports nothing for %s (%s)', (address) => {
    expect(walletsIn(`${PREFIX}${address}${SUFFIX}`)).toEqual([]);
  });
});
