import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { base58xmr, bech32, bech32m, createBase58check } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_CONTEXT, type IdentifierType } from '../../identifier-type.js';
import { bchAddressType } from './bch-address.js';
import { btcAddressType } from './btc-address.js';
import { btgAddressType } from './btg-address.js';
import { dogeAddressType } from './doge-address.js';
import { ethAddressType } from './eth-address.js';
import { ltcAddressType } from './ltc-address.js';
import { tonAddressType } from './ton-address.js';
import { tronAddressType } from './tron-address.js';
import { WALLET_TYPES } from './wallet-types.js';
import { xmrAddressType } from './xmr-address.js';
import { xrpAddressType } from './xrp-address.js';

const clean = (type: IdentifierType, raw: string) => type.clean(raw, DEFAULT_CLEAN_CONTEXT);
const PROGRAM_20 = Uint8Array.from({ length: 20 }, (_, i) => i * 7);
const PROGRAM_32 = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
// From the TON documentation: one account in its bounceable, non-bounceable and raw forms.
const TON_RAW = '0:ba60bfbd527c0cd2d70c6396630c50a498af015b987adaad1d4a9e287f604536';
const TON_BOUNCEABLE = 'EQC6YL-9UnwM0tcMY5ZjDFCkmK8BW5h62q0dSp4of2BFNvnA';
const TON_NON_BOUNCEABLE = 'UQC6YL-9UnwM0tcMY5ZjDFCkmK8BW5h62q0dSp4of2BFNqQF';
// OFAC SDN list (src/plugins/extractors/crypto-wallet/fixtures).
const XMR_STANDARD = '49HqitRzdnhYjgTEAhgGpCfsjdTeMbUTU6cyR4JV1R7k2Eej9rGT8JpFiYDa4tZM6RZiFrHmMzgSrhHEqpDYKBe5B2ufNsL';
const BCH = 'qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq';
const ETH_CHECKSUMMED = '0x01e2919679362dFBC9ee1644Ba9C6da6D6245BB1';
const BTG = 'GPwg61XoHqQPNmAucFACuQ5H9sGCDv9TpS';
const XVG = 'DFFJhnQNZf8rf67tYnesPu7MuGUpYtzv7Z';
const base58check = createBase58check(sha256);

/** A base58check address of `version` over PROGRAM_20. */
function base58Address(...version: number[]): string {
  return base58check.encode(Uint8Array.from([...version, ...PROGRAM_20]));
}

/** The names of the wallet types that accept `address`. */
function typesOf(address: string): string[] {
  return WALLET_TYPES.filter((type) => clean(type, address) !== null).map((type) => type.name);
}

/** `address` with the character at `position` replaced by the next one of the base58 alphabet. */
function corrupt(address: string, position: number): string {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  const next = alphabet.charAt((alphabet.indexOf(address.charAt(position)) + 1) % alphabet.length);
  return `${address.slice(0, position)}${next}${address.slice(position + 1)}`;
}

function segwit(version: number, program: Uint8Array, encoding = version === 0 ? bech32 : bech32m): string {
  return encoding.encode('bc', [version, ...bech32.toWords(program)]);
}

/** An integrated address built from a real standard one: same keys, network byte 0x13, an 8-byte payment id. */
function integratedXmr(): string {
  const standard = base58xmr.decode(XMR_STANDARD);
  const body = Uint8Array.from([0x13, ...standard.subarray(1, 65), 1, 2, 3, 4, 5, 6, 7, 8]);
  return base58xmr.encode(Uint8Array.from([...body, ...keccak_256(body).subarray(0, 4)]));
}

describe('wallet identifier types', () => {
  it('accepts segwit v0 with bech32 and v1+ with bech32m only (BIP-350)', () => {
    const v0 = segwit(0, PROGRAM_20);
    const v0Script = segwit(0, PROGRAM_32);
    const taproot = segwit(1, PROGRAM_32);
    expect(clean(btcAddressType, v0)).toBe(v0);
    expect(clean(btcAddressType, v0Script)).toBe(v0Script);
    expect(clean(btcAddressType, taproot)).toBe(taproot);
    expect(clean(btcAddressType, segwit(0, PROGRAM_20, bech32m))).toBeNull();
    expect(clean(btcAddressType, segwit(1, PROGRAM_32, bech32))).toBeNull();
    expect(clean(btcAddressType, segwit(0, PROGRAM_32.subarray(0, 25)))).toBeNull();
  });

  it('lower-cases an upper-case bech32 address and rejects mixed case', () => {
    const address = segwit(0, PROGRAM_20);
    expect(clean(btcAddressType, address.toUpperCase())).toBe(address);
    expect(clean(btcAddressType, `${address.slice(0, 10).toUpperCase()}${address.slice(10)}`)).toBeNull();
  });

  it('keeps each chain to its own prefixes and version bytes', () => {
    const litecoin = base58check.encode(Uint8Array.from([0x30, ...PROGRAM_20]));
    const tron = base58check.encode(Uint8Array.from([0x41, ...PROGRAM_20]));
    expect(clean(ltcAddressType, litecoin)).toBe(litecoin);
    expect(clean(btcAddressType, litecoin)).toBeNull();
    expect(clean(tronAddressType, tron)).toBe(tron);
    expect(clean(ltcAddressType, bech32.encode('ltc', [0, ...bech32.toWords(PROGRAM_20)]))).not.toBeNull();
    expect(clean(btcAddressType, bech32.encode('ltc', [0, ...bech32.toWords(PROGRAM_20)]))).toBeNull();
  });

  it.each([
    ['btc_address', [0x00]],
    ['btc_address', [0x05]],
    ['tron_address', [0x41]],
    ['ltc_address', [0x30]],
    ['ltc_address', [0x32]],
    ['dash_address', [0x4c]],
    ['dash_address', [0x10]],
    ['zec_address', [0x1c, 0xb8]],
    ['zec_address', [0x1c, 0xbd]],
    ['btg_address', [0x26]],
    ['btg_address', [0x17]],
    ['doge_address', [0x1e]],
    ['doge_address', [0x16]],
  ])('gives a base58check address to one type only: %s for version %j', (name, version) => {
    expect(typesOf(base58Address(...version))).toEqual([name]);
  });

  it('accepts Bitcoin Gold G…, A… and btg1… addresses and rejects corrupted ones', () => {
    const p2pkh = base58Address(0x26);
    const p2sh = base58Address(0x17);
    const segwitV0 = bech32.encode('btg', [0, ...bech32.toWords(PROGRAM_20)]);
    expect(p2pkh.charAt(0)).toBe('G');
    expect(p2sh.charAt(0)).toBe('A');
    for (const address of [BTG, p2pkh, p2sh, segwitV0]) expect(clean(btgAddressType, address)).toBe(address);
    expect(clean(btgAddressType, segwitV0.toUpperCase())).toBe(segwitV0);
    for (const address of [BTG, p2pkh, p2sh, segwitV0]) {
      expect(clean(btgAddressType, corrupt(address, address.length - 5))).toBeNull();
    }
    expect(clean(btgAddressType, segwit(0, PROGRAM_20))).toBeNull();
    expect(clean(btcAddressType, segwitV0)).toBeNull();
  });

  it('reads a D… address as Dogecoin-or-Verge, the one type version 0x1e allows', () => {
    const p2pkh = base58Address(0x1e);
    const p2sh = base58Address(0x16);
    expect(dogeAddressType.label).toMatch(/Dogecoin.*Verge/);
    expect(p2pkh.charAt(0)).toBe('D');
    expect(p2sh).toMatch(/^[9A]/);
    for (const address of [XVG, p2pkh, p2sh]) {
      expect(clean(dogeAddressType, address)).toBe(address);
      expect(clean(dogeAddressType, corrupt(address, 0))).toBeNull();
      expect(clean(dogeAddressType, corrupt(address, address.length - 1))).toBeNull();
    }
    // Bitcoin Gold's P2SH also starts with A: the version byte, not the letter, decides.
    expect(clean(dogeAddressType, base58Address(0x17))).toBeNull();
    expect(clean(btgAddressType, p2sh)).toBeNull();
  });

  it('checks EIP-55 only where the case is mixed', () => {
    const lower = ETH_CHECKSUMMED.toLowerCase();
    expect(clean(ethAddressType, ETH_CHECKSUMMED)).toBe(lower);
    expect(clean(ethAddressType, lower)).toBe(lower);
    expect(clean(ethAddressType, `0x${lower.slice(2).toUpperCase()}`)).toBe(lower);
    expect(clean(ethAddressType, ETH_CHECKSUMMED.replace('dFBC', 'dfBC'))).toBeNull();
    expect(clean(ethAddressType, `${lower}0`)).toBeNull();
  });

  it('reads every TON spelling of one account as its raw form', () => {
    expect(clean(tonAddressType, TON_BOUNCEABLE)).toBe(TON_RAW);
    expect(clean(tonAddressType, TON_NON_BOUNCEABLE)).toBe(TON_RAW);
    expect(clean(tonAddressType, TON_BOUNCEABLE.replaceAll('-', '+').replaceAll('_', '/'))).toBe(TON_RAW);
    expect(clean(tonAddressType, TON_RAW.toUpperCase())).toBe(TON_RAW);
    expect(clean(tonAddressType, TON_BOUNCEABLE.replace('UnwM', 'UnwN'))).toBeNull();
    expect(clean(tonAddressType, `1${TON_RAW.slice(1)}`)).toBeNull();
  });

  it('accepts Monero standard, subaddress and integrated addresses with a valid keccak checksum', () => {
    const integrated = integratedXmr();
    expect(integrated).toHaveLength(106);
    expect(clean(xmrAddressType, XMR_STANDARD)).toBe(XMR_STANDARD);
    expect(clean(xmrAddressType, integrated)).toBe(integrated);
    expect(clean(xmrAddressType, XMR_STANDARD.replace('49Hq', '49Hr'))).toBeNull();
  });

  it('normalises Bitcoin Cash to the prefixed lower-case cashaddr', () => {
    const value = `bitcoincash:${BCH}`;
    expect(clean(bchAddressType, BCH)).toBe(value);
    expect(clean(bchAddressType, value.toUpperCase())).toBe(value);
    expect(clean(bchAddressType, `bchtest:${BCH}`)).toBeNull();
    expect(clean(bchAddressType, BCH.replace('qpf2', 'qpf3'))).toBeNull();
  });

  it('rejects an XRP address with a broken checksum', () => {
    expect(clean(xrpAddressType, 'rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66')).toBe('rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66');
    expect(clean(xrpAddressType, 'rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh67')).toBeNull();
  });

  it('strips zero-width characters an obfuscator put inside', () => {
    expect(clean(tronAddressType, ' TBHTJqAy4DhHhm\u200bT3dNceJYNRz4SdLofLre ')).toBe(
      'TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre',
    );
  });
});
