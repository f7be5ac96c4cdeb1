import { registrableDomain } from '../host.js';
import { facebook } from './facebook.js';
import { instagram } from './instagram.js';
import { odnoklassniki } from './odnoklassniki.js';
import type { Platform } from './platform.js';
import { tiktok } from './tiktok.js';
import { vk } from './vk.js';
import { whatsapp } from './whatsapp.js';
import { x } from './x.js';

/** Telegram is not here: handles and invites have identifier types of their own. */
export const PLATFORMS: readonly Platform[] = [whatsapp, instagram, vk, tiktok, odnoklassniki, facebook, x];

export const PLATFORM_BY_NAME: ReadonlyMap<string, Platform> = new Map(PLATFORMS.map((p) => [p.name, p]));
export const PLATFORM_BY_HOST: ReadonlyMap<string, Platform> = new Map(
  PLATFORMS.flatMap((platform) => platform.hosts.map((host): [string, Platform] => [host, platform])),
);

/** The registrable domains of every platform host: a link under any other domain opens no platform account. */
export const PLATFORM_DOMAINS: ReadonlySet<string> = new Set(
  PLATFORMS.flatMap((platform) => platform.hosts.map((host) => registrableDomain(host) ?? host)),
);
