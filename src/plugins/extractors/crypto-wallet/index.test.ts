import { sha256 } from '@noble/hashes/sha2.js';
import { bech32, bech32m, createBase58check } from '@scure/base';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtractedIdentifier } from '../../../core/plugin.js';
import { DEFAULT_CLEAN_CONTEXT } from '../../../model/identifier-type.js';
import { analysisInput } from '../analysis-input.js';

import cryptoWalletExtractor from './index.js';

const base58check = createBase58check(sha256);

function extract(text: string): readonly ExtractedIdentifier[] {
  return cryptoWalletExtractor.extract(analysisInput(text), DEFAULT_CLEAN_CONTEXT);
}

function found(text: string): [string, string, string][] {
  return extract(text).map((identifier) => [identifier.type, identifier.raw, identifier.value]);
}

const TRON = 'TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre';
const ETH = '0x01e2919679362dFBC9ee1644Ba9C6da6D6245BB1';
const TON = 'EQC6YL-9UnwM0tcMY5ZjDFCkmK8BW5h62q0dSp4of2BFNvnA';
const BTC = 'bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw';

/** Each wallet's type and token note, in text order. */
function notes(text: string): [string, Readonly<Record<string, string>> | undefined][] {
  return extract(text).map((identifier) => [identifier.type, identifier.attributes]);
}

/** Words and separators that surround payment details in real ads. */
const CONTEXT = fc.array(
  fc.constantFrom(
    'Оплата',
    'на',
    'кошелек',
    'USDT',
    'TRC20',
    'BTC:',
    '—',
    ',',
    '.',
    '\n',
    '(',
    ')',
    '«',
    '»',
    '₸',
    '💰',
  ),
  { maxLength: 6 },
);
const PAD = fc.constantFrom(' ', '\n', ': ', ' (', '«');
const HASH_20 = fc.uint8Array({ minLength: 20, maxLength: 20 });

function assertFoundIn(before: readonly string[], pad: string, address: string, type: string, value: string): void {
  const prefix = `${before.join(' ')}${pad}`;
  const text = `${prefix}${address} ${before.join(' ')}`;
  // Without the token note: the USDT and TRC20 words of CONTEXT add one to some TRON addresses (tested below).
  const identifiers = extract(text).map(({ attributes: _, ...identifier }) => identifier);
  expect(identifiers).toEqual([
    { type, value, start: prefix.length, end: prefix.length + address.length, raw: address },
  ]);
}

describe('crypto-wallet extractor', () => {
  it('finds the wallets of a dealer ad, each with its chain', () => {
    expect(
      found(
        'Оплата BTC: bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw, USDT (TRC20) TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre, ' +
          'ETH 0x01e2919679362dFBC9ee1644Ba9C6da6D6245BB1; TON: EQC6YL-9UnwM0tcMY5ZjDFCkmK8BW5h62q0dSp4of2BFNvnA.',
      ),
    ).toEqual([
      ['btc_address', 'bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw', 'bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw'],
      ['tron_address', 'TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre', 'TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre'],
      ['eth_address', '0x01e2919679362dFBC9ee1644Ba9C6da6D6245BB1', '0x01e2919679362dfbc9ee1644ba9c6da6d6245bb1'],
      [
        'ton_address',
        'EQC6YL-9UnwM0tcMY5ZjDFCkmK8BW5h62q0dSp4of2BFNvnA',
        '0:ba60bfbd527c0cd2d70c6396630c50a498af015b987adaad1d4a9e287f604536',
      ],
    ]);
  });

  it.each([
    [`Оплата USDT (TRC20): ${TRON}`, { token: 'usdt', network: 'trc20' }],
    [`USDT-TRC20\n👉 ${TRON}`, { token: 'usdt', network: 'trc20' }],
    [`Кошелёк для оплаты в юсдт, сеть ТРЦ-20: ${TRON}`, { token: 'usdt', network: 'trc20' }],
    [`тезер трон ${TRON}`, { token: 'usdt', network: 'trc20' }],
    [`${TRON} (USDT TRC-20)`, { token: 'usdt', network: 'trc20' }],
    [`TRC20: ${TRON}`, { network: 'trc20' }],
    [`Оплата USDT ERC20 на ${ETH}`, { token: 'usdt', network: 'erc20' }],
    [`USDT BEP-20 (BSC): ${ETH}`, { token: 'usdt', network: 'bep20' }],
    [`USDT на ${ETH}`, { token: 'usdt' }],
    [`USDC ${ETH}`, { token: 'usdc' }],
    [`USDT (TON): ${TON}`, { token: 'usdt' }],
    // Either standard can reach an EVM address: the text does not say which one is meant.
    [`USDT ERC20 / BEP20: ${ETH}`, { token: 'usdt' }],
  ])('notes the token and standard named near the wallet in %j', (text, note) => {
    expect(notes(text)).toEqual([[expect.any(String), note]]);
  });

  it.each([
    ['no token word', `Оплата на кошелек ${TRON}`],
    ['a standard of another chain', `ERC20: ${TRON}`],
    ['a word that only contains a token', `bscan tronix usdtx ${TRON}`],
    ['a token far before the wallet', `USDT ${'.'.repeat(80)} ${TRON}`],
    ['a chain without USDT', `USDT ${BTC}`],
  ])('notes nothing for %s', (_kind, text) => {
    expect(notes(text).map(([, note]) => note)).toEqual([undefined]);
  });

  it('reads each wallet of a payment block with its own words', () => {
    expect(notes(`BTC: ${BTC}\nUSDT TRC20: ${TRON}\nETH: ${ETH}`)).toEqual([
      ['btc_address', undefined],
      ['tron_address', { token: 'usdt', network: 'trc20' }],
      ['eth_address', undefined],
    ]);
    expect(notes(`USDT: TRC20 ${TRON} или ERC20 ${ETH}`)).toEqual([
      ['tron_address', { token: 'usdt', network: 'trc20' }],
      ['eth_address', { network: 'erc20' }],
    ]);
  });

  it('finds prefixed and raw forms: bitcoincash:, TON workchain, explorer links', () => {
    expect(
      found(
        'BCH bitcoincash:qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq, ' +
          'ton -1:ba60bfbd527c0cd2d70c6396630c50a498af015b987adaad1d4a9e287f604536, ' +
          'https://tronscan.org/#/address/TFdTr9C3BqQrzKBXqSxJfAZFTh8UwBAfSg',
      ),
    ).toEqual([
      [
        'bch_address',
        'bitcoincash:qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq',
        'bitcoincash:qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq',
      ],
      [
        'ton_address',
        '-1:ba60bfbd527c0cd2d70c6396630c50a498af015b987adaad1d4a9e287f604536',
        '-1:ba60bfbd527c0cd2d70c6396630c50a498af015b987adaad1d4a9e287f604536',
      ],
      ['tron_address', 'TFdTr9C3BqQrzKBXqSxJfAZFTh8UwBAfSg', 'TFdTr9C3BqQrzKBXqSxJfAZFTh8UwBAfSg'],
    ]);
  });

  it('finds an address split by a zero-width space, keeping the raw text as written', () => {
    expect(found('кошелек TBHTJqAy4DhHhm\u200bT3dNceJYNRz4SdLofLre')).toEqual([
      ['tron_address', 'TBHTJqAy4DhHhm\u200bT3dNceJYNRz4SdLofLre', 'TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre'],
    ]);
  });

  it.each([
    ['a fake TRON address without a real checksum', 'TXyZ7abcdefghijkmnopqrstuvwxyz1234'],
    ['an address glued to a Latin word', 'walletTBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre'],
    ['a transaction hash', '0x7a250d5630b4cf539739df2c5dacb4c659f2488d7a250d5630b4cf539739df2c'],
    ['a hex digest', '5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320'],
    ['a long Latin word', 'pneumonoultramicroscopicsilicovolcanoconiosis'],
  ])('finds nothing in %s', (_, text) => {
    expect(found(`Оплата ${text} сразу`)).toEqual([]);
  });

  it('finds any base58check address of a supported version in any context', () => {
    const versions = fc.constantFrom(
      { version: 0x00, type: 'btc_address' },
      { version: 0x05, type: 'btc_address' },
      { version: 0x41, type: 'tron_address' },
      { version: 0x30, type: 'ltc_address' },
      { version: 0x32, type: 'ltc_address' },
      { version: 0x4c, type: 'dash_address' },
      { version: 0x26, type: 'btg_address' },
      { version: 0x17, type: 'btg_address' },
      { version: 0x1e, type: 'doge_address' },
      { version: 0x16, type: 'doge_address' },
    );
    fc.assert(
      fc.property(CONTEXT, PAD, versions, HASH_20, (before, pad, { version, type }, hash) => {
        const address = base58check.encode(Uint8Array.from([version, ...hash]));
        assertFoundIn(before, pad, address, type, address);
      }),
      { numRuns: 300 },
    );
  });

  it('finds any segwit address, upper- or lower-case, as lower case', () => {
    const programs = fc.oneof(
      HASH_20.map((program) => bech32.encode('bc', [0, ...bech32.toWords(program)])),
      fc
        .uint8Array({ minLength: 32, maxLength: 32 })
        .map((program) => bech32m.encode('bc', [1, ...bech32m.toWords(program)])),
    );
    fc.assert(
      fc.property(CONTEXT, PAD, programs, fc.boolean(), (before, pad, address, upper) => {
        assertFoundIn(before, pad, upper ? address.toUpperCase() : address, 'btc_address', address);
      }),
      { numRuns: 200 },
    );
  });

  it('finds any lower- or upper-case EVM address, as lower case', () => {
    fc.assert(
      fc.property(CONTEXT, PAD, HASH_20, fc.boolean(), (before, pad, bytes, upper) => {
        const hex = Buffer.from(bytes).toString('hex');
        assertFoundIn(before, pad, `0x${upper ? hex.toUpperCase() : hex}`, 'eth_address', `0x${hex}`);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects any one-character change to a base58check address', () => {
    const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
    fc.assert(
      fc.property(HASH_20, fc.nat(), fc.nat(), (hash, at, pick) => {
        const address = base58check.encode(Uint8Array.from([0x41, ...hash]));
        const position = at % address.length;
        const others = alphabet.replace(address.charAt(position), '');
        const corrupted = `${address.slice(0, position)}${others.charAt(pick % others.length)}${address.slice(position + 1)}`;
        expect(found(`кошелек ${corrupted}`).filter(([type]) => type === 'tron_address')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
