import { randomMobile } from './generate-corpus-networks.js';
import { Rng } from './generate-corpus-random.js';
import { CITIES } from './generate-corpus-vocab.js';
import { type BoardEntry, ThreadBoard, type Topic } from './generate-networks-board.js';
import { AccountBook } from './generate-networks-book.js';
import { type Brand, botOf, handleOf, mutateStem } from './generate-networks-handles.js';
import { type Audience, type Hub, makeHubs } from './generate-networks-hubs.js';
import { DocumentIds, UniqueValues } from './generate-networks-ids.js';
import type { NetworkKnobs } from './generate-networks-knobs.js';
import { authorOf, type IdMode, type Persona } from './generate-networks-persona.js';
import { writePhone } from './generate-networks-phones.js';
import type { Photo } from './generate-networks-photos.js';
import { DAY, isoOf, weighted } from './generate-networks-random.js';
import { makeShopStyle, type ShopStyle } from './generate-networks-shop-style.js';
import type { AccountKind, NetworkDocument, NetworkKind, Platform } from './generate-networks-types.js';
import { CITY_SLUGS, CITY_WEIGHTS } from './generate-networks-vocab.js';

/** Two years of posts, as in the demo corpus. */
export const START_MS = Date.UTC(2024, 0, 1);
export const END_MS = START_MS + 730 * DAY;
const PUBLIC_STYLES = 10;
const MAX_FEEDS = 5000;

export interface City {
  readonly index: number;
  readonly name: string;
  readonly slug: string;
}

export const CITY_LIST: readonly City[] = CITIES.map((name, index) => ({
  index,
  name,
  slug: CITY_SLUGS[index] ?? `city${index}`,
}));

export interface PersonaSpec {
  readonly platform: Platform;
  readonly kind: AccountKind;
  readonly object: string;
  readonly network: string;
  readonly networkKind: NetworkKind;
  readonly city: number;
  readonly from: number;
  readonly to: number;
  readonly name: string;
  /** Handle stem; null for an account without a handle (OLX, WhatsApp, some Telegram users). */
  readonly stem: string | null;
  /** A handle already claimed (a channel the shop's ads name before it posts), used instead of the stem. */
  readonly handle?: string;
  /** The platform id when it is given (a WhatsApp number); else one is drawn where the platform has ids. */
  readonly id?: string;
  /** Chance of one rename during the account's life (Telegram and VK keep the id across it). */
  readonly renameChance?: number;
  /** Never seen both with and without its id: exactly one account key (to land the account count exactly). */
  readonly singleKey?: boolean;
}

export interface PostSpec {
  readonly persona: Persona;
  readonly time: number;
  readonly thread: string;
  readonly text: string;
  readonly title?: string | undefined;
  readonly replyTo?: string | undefined;
  readonly forwardedFrom?: string | undefined;
  readonly images?: readonly string[] | undefined;
  readonly hubs?: readonly Hub[];
  /** Put on the board so that later posts may answer it. */
  readonly topic?: Topic;
  readonly mention?: string | null;
}

const ID_DIGITS: Readonly<Record<Platform, readonly [number, number]>> = {
  telegram: [9, 10],
  'olx-synthetic': [8, 9],
  instagram: [0, 0],
  vk: [6, 9],
  whatsapp: [0, 0],
};

/**
 * Everything the units (a drug network, a legitimate seller, a bystander) share: the seeded random source, the
 * registers of used values, the thread board, the ground truth, and the posts written since the last drain.
 */
export class World {
  readonly rng: Rng;
  readonly hubs: readonly Hub[];
  readonly publicStyles: readonly ShopStyle[];
  readonly board: ThreadBoard;
  readonly book = new AccountBook();
  /** Earlier shops a clone may copy, and numbers shops dropped that the operator may reissue. */
  readonly shops: {
    readonly network: string;
    readonly city: number;
    readonly style: ShopStyle;
    readonly brand: Brand;
    readonly photos: readonly Photo[];
    readonly handles: readonly string[];
  }[] = [];
  readonly retiredPhones: { digits: string; free: number }[] = [];
  /** Customers by city, so that one customer can buy from several shops. */
  readonly customers: Persona[][] = CITY_LIST.map(() => []);
  /** Instagram feeds with posts, where bystanders leave comments. */
  readonly feeds: string[] = [];
  private readonly docIds: DocumentIds;
  private readonly phones = new UniqueValues();
  private readonly platformIds = new Map<Platform, UniqueValues>();
  private readonly handles = new Map<Platform, UniqueValues>();
  private out: { record: NetworkDocument; time: number }[] = [];

  constructor(
    seed: number,
    readonly knobs: NetworkKnobs,
  ) {
    this.rng = new Rng(seed);
    this.docIds = new DocumentIds(this.rng);
    this.board = new ThreadBoard(this.rng);
    this.hubs = makeHubs(this.rng);
    for (const hub of this.hubs) {
      if (hub.identifier.type === 'phone') this.phones.take(() => hub.written);
      if (hub.identifier.type === 'telegram') this.uniques(this.handles, 'telegram').take(() => hub.identifier.value);
    }
    this.publicStyles = Array.from({ length: PUBLIC_STYLES }, () => makeShopStyle(this.rng));
  }

  pickCity(): City {
    const index = weighted(
      this.rng,
      CITY_WEIGHTS.map((w, i) => [i, w]),
    );
    return CITY_LIST[index] ?? CITY_LIST[0] ?? { index: 0, name: 'Алматы', slug: 'almaty' };
  }

  freshPhone(): string {
    return this.phones.take(() => randomMobile(this.rng));
  }

  /** Takes the posts written since the last call, with their times in ms. */
  drain(): { record: NetworkDocument; time: number }[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private uniques(map: Map<Platform, UniqueValues>, platform: Platform): UniqueValues {
    let values = map.get(platform);
    if (values === undefined) {
      values = new UniqueValues();
      map.set(platform, values);
    }
    return values;
  }

  /** A free handle: the stem's, or a small edit of it when taken (the way people pick a taken name). */
  claimHandle(platform: Platform, stem: string): string {
    return this.uniques(this.handles, platform).takeFirstFree([handleOf(stem)], () =>
      handleOf(mutateStem(this.rng, stem)),
    );
  }

  claimBot(stem: string): string {
    return this.uniques(this.handles, 'telegram').takeFirstFree([botOf(stem)], () => botOf(mutateStem(this.rng, stem)));
  }

  private idMode(platform: Platform, hasHandle: boolean, singleKey: boolean): IdMode {
    if (platform === 'instagram') return 'handle';
    if (platform === 'olx-synthetic' || platform === 'whatsapp' || !hasHandle) return 'id';
    const roll = this.rng.next();
    if (roll < this.knobs.seenBothWays) return singleKey ? 'id' : 'both';
    return roll < this.knobs.seenBothWays + this.knobs.handleOnly ? 'handle' : 'id';
  }

  private platformId(spec: PersonaSpec): string | null {
    if (spec.id !== undefined) return this.uniques(this.platformIds, spec.platform).take(() => spec.id ?? '');
    const [min, max] = ID_DIGITS[spec.platform];
    if (max === 0) return null;
    return this.uniques(this.platformIds, spec.platform).take(
      () => `${this.rng.int(1, 9)}${this.rng.digits(this.rng.int(min, max) - 1)}`,
    );
  }

  newPersona(spec: PersonaSpec): Persona {
    const hasHandle = spec.stem !== null && spec.platform !== 'olx-synthetic' && spec.platform !== 'whatsapp';
    const handles: { handle: string; from: number }[] = [];
    if (hasHandle && spec.stem !== null) {
      handles.push({ handle: spec.handle ?? this.claimHandle(spec.platform, spec.stem), from: spec.from });
    }
    const idMode = this.idMode(spec.platform, hasHandle, spec.singleKey === true);
    const first = handles[0];
    if (first !== undefined && idMode === 'id' && this.rng.chance(spec.renameChance ?? 0)) {
      const stem = first.handle.replace(/_syn$/, '');
      const from = spec.from + this.rng.next() * (spec.to - spec.from);
      handles.push({ handle: this.claimHandle(spec.platform, mutateStem(this.rng, stem)), from });
    }
    const persona: Persona = {
      index: this.book.nextPersonaIndex(),
      platform: spec.platform,
      id: this.platformId(spec),
      handles,
      name: spec.name,
      idMode,
      object: spec.object,
      kind: spec.kind,
      network: spec.network,
      networkKind: spec.networkKind,
      city: spec.city,
      from: spec.from,
      to: spec.to,
    };
    this.book.register(persona);
    return persona;
  }

  post(spec: PostSpec): NetworkDocument {
    const { persona } = spec;
    // Offsets such as reply delays are fractional: posts carry whole seconds.
    const time = Math.floor(spec.time / 1000) * 1000;
    const posts = this.book.postsOf(persona);
    // A `both` account shows its id in the first post and only its handle in the second, then either.
    const withId = posts === 0 || (posts > 1 && this.rng.chance(0.5));
    const author = authorOf(persona, time, withId);
    const record: NetworkDocument = {
      id: this.docIds.next(),
      platform: persona.platform,
      author,
      title: spec.title,
      text: spec.text,
      published_at: isoOf(time),
      thread: spec.thread,
      reply_to: spec.replyTo,
      forwarded_from: spec.forwardedFrom,
      images: spec.images === undefined || spec.images.length === 0 ? undefined : spec.images,
      synthetic: true,
    };
    this.book.recordPost(persona, author, spec.hubs ?? []);
    if (persona.platform === 'instagram' && spec.topic !== undefined && spec.replyTo === undefined) {
      if (this.feeds.length < MAX_FEEDS) this.feeds.push(spec.thread);
      else this.feeds[this.rng.int(0, MAX_FEEDS - 1)] = spec.thread;
    }
    if (spec.topic !== undefined) {
      const entry: BoardEntry = { id: record.id, time, mention: spec.mention ?? null };
      this.board.add(spec.thread, spec.topic, entry);
    }
    this.out.push({ record, time });
    return record;
  }

  /** The hubs a post mentions: each with its per-post rate for the audience, limited to `allowed` when given. */
  hubsFor(audience: Audience, allowed?: ReadonlySet<string>): Hub[] {
    return this.hubs.filter(
      (hub) => (allowed === undefined || allowed.has(hub.id)) && this.rng.chance(hub.rates[audience] ?? 0),
    );
  }

  /** The sentence a post mentions a written hub with (phones in one of their spellings). */
  /** A sentence for each hub that has phrases to be named by. */
  hubSentences(hubs: readonly Hub[]): string[] {
    return hubs.filter((h) => h.phrases.length > 0).map((h) => this.hubSentence(h));
  }

  hubSentence(hub: Hub): string {
    const written = hub.identifier.type === 'phone' ? writePhone(this.rng, hub.written, false) : hub.written;
    return this.rng.pick(hub.phrases).replace('{x}', written);
  }
}
