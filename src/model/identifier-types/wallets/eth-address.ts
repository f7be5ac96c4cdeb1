import { keccak_256 } from '@noble/hashes/sha3.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { walletType } from './wallet-type.js';

const ETH_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** EIP-55: a letter is upper-case exactly when the matching nibble of keccak-256(lower-case hex) is 8 or more. */
function hasEip55Checksum(hex: string): boolean {
  const hash = keccak_256(utf8ToBytes(hex.toLowerCase()));
  for (let i = 0; i < hex.length; i++) {
    const ch = hex.charAt(i);
    if (ch >= '0' && ch <= '9') continue;
    const byte = hash[i >> 1] ?? 0;
    const nibble = i % 2 === 0 ? byte >> 4 : byte & 0x0f;
    if (nibble >= 8 !== (ch >= 'A' && ch <= 'F')) return false;
  }
  return true;
}

/**
 * Ethereum and every EVM chain (BSC, Arbitrum, Polygon, ETC …, and USDT/USDC-ERC20): one key controls the same
 * address on all of them, so one value links them. Mixed case carries an EIP-55 checksum and must pass it; all-lower
 * or all-upper addresses carry none. Lower-cased, since case is only the checksum.
 */
function cleanEth(text: string): string | null {
  if (!ETH_ADDRESS.test(text)) return null;
  const hex = text.slice(2);
  const lower = hex.toLowerCase();
  if (hex !== lower && hex !== hex.toUpperCase() && !hasEip55Checksum(hex)) return null;
  return `0x${lower}`;
}

export const ethAddressType = walletType('eth_address', 'Ethereum/EVM address', cleanEth);
