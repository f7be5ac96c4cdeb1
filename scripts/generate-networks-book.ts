import type { Hub } from './generate-networks-hubs.js';
import { accountKey, type Persona } from './generate-networks-persona.js';
import type {
  AccountKind,
  AuthorRecord,
  IdentifierValue,
  NetworkKind,
  TruthNetwork,
  TruthRecord,
} from './generate-networks-types.js';

interface KeyState {
  readonly author: AuthorRecord;
  documents: number;
}

interface PersonaState {
  readonly persona: Persona;
  readonly keys: Map<string, KeyState>;
  readonly hubs: Set<string>;
  posts: number;
}

interface ObjectState {
  readonly kind: AccountKind;
  readonly network: string;
  readonly identifiers: Map<string, IdentifierValue>;
}

interface HubState {
  documents: number;
  readonly personas: Set<number>;
  readonly networks: Set<string>;
  readonly drugNetworks: Set<string>;
}

/**
 * The ground truth as it accumulates: every account key a post has shown, the object and network behind it, what
 * each object uses, and who mentioned each hub. Account lines are written only for keys that appear in a post,
 * so the truth holds exactly the accounts an ingest of documents.jsonl creates.
 */
export class AccountBook {
  private readonly personas: PersonaState[] = [];
  private readonly objects = new Map<string, ObjectState>();
  private readonly networks: TruthNetwork[] = [];
  private readonly hubs = new Map<string, HubState>();
  private readonly keysByKind = new Map<AccountKind, number>();
  private objectCount = 0;
  private networkCount = 0;
  private keys = 0;

  get keyCount(): number {
    return this.keys;
  }

  keysOf(kind: AccountKind): number {
    return this.keysByKind.get(kind) ?? 0;
  }

  newNetwork(kind: NetworkKind, city: string, extra: Partial<TruthNetwork> = {}): string {
    const network = `network-${String(++this.networkCount).padStart(6, '0')}`;
    this.networks.push({ ...extra, type: 'network', network, network_kind: kind, city });
    return network;
  }

  newObject(kind: AccountKind, network: string): string {
    const object = `object-${String(++this.objectCount).padStart(6, '0')}`;
    this.objects.set(object, { kind, network, identifiers: new Map() });
    return object;
  }

  /** What the object uses (its phones, bots, wallets, photos), for analysts reading a miss. */
  uses(object: string, identifiers: readonly IdentifierValue[]): void {
    const state = this.objects.get(object);
    if (state === undefined) throw new Error(`unknown object ${object}`);
    for (const id of identifiers) state.identifiers.set(`${id.type}\u001f${id.value}`, id);
  }

  register(persona: Persona): void {
    if (persona.index !== this.personas.length) throw new Error('personas must be registered in index order');
    this.personas.push({ persona, keys: new Map(), hubs: new Set(), posts: 0 });
  }

  nextPersonaIndex(): number {
    return this.personas.length;
  }

  /** How many posts the persona has made so far (decides how `both` accounts show themselves). */
  postsOf(persona: Persona): number {
    return this.personas[persona.index]?.posts ?? 0;
  }

  recordPost(persona: Persona, author: AuthorRecord, hubs: readonly Hub[]): void {
    const state = this.personas[persona.index];
    if (state === undefined) throw new Error('post by an unregistered persona');
    state.posts++;
    const key = accountKey(persona.platform, author);
    let keyState = state.keys.get(key);
    if (keyState === undefined) {
      keyState = { author, documents: 0 };
      state.keys.set(key, keyState);
      this.keys++;
      this.keysByKind.set(persona.kind, (this.keysByKind.get(persona.kind) ?? 0) + 1);
    }
    keyState.documents++;
    for (const hub of hubs) {
      state.hubs.add(hub.id);
      let h = this.hubs.get(hub.id);
      if (h === undefined) {
        h = { documents: 0, personas: new Set(), networks: new Set(), drugNetworks: new Set() };
        this.hubs.set(hub.id, h);
      }
      h.documents++;
      h.personas.add(persona.index);
      h.networks.add(persona.network);
      if (persona.networkKind === 'drug') h.drugNetworks.add(persona.network);
    }
  }

  *truth(hubs: readonly Hub[]): Generator<TruthRecord> {
    const accountsPerObject = new Map<string, number>();
    for (const { persona, keys, hubs: used } of this.personas) {
      for (const [account, { author, documents }] of keys) {
        accountsPerObject.set(persona.object, (accountsPerObject.get(persona.object) ?? 0) + 1);
        yield {
          type: 'account',
          account,
          platform: persona.platform,
          id: author.id,
          handle: author.handle,
          handles:
            persona.handles.length > 1 && author.id !== undefined ? persona.handles.map((h) => h.handle) : undefined,
          name: persona.name,
          object: persona.object,
          kind: persona.kind,
          network: persona.network,
          network_kind: persona.networkKind,
          documents,
          hubs: used.size === 0 ? undefined : [...used].sort(),
        };
      }
    }
    for (const [object, state] of this.objects) {
      const accounts = accountsPerObject.get(object) ?? 0;
      if (accounts === 0) continue;
      yield {
        type: 'object',
        object,
        kind: state.kind,
        network: state.network,
        accounts,
        identifiers: [...state.identifiers.values()],
      };
    }
    const networksWithAccounts = new Set(
      [...this.objects].flatMap(([object, state]) => (accountsPerObject.has(object) ? [state.network] : [])),
    );
    for (const network of this.networks) if (networksWithAccounts.has(network.network)) yield network;
    for (const hub of hubs) {
      const h = this.hubs.get(hub.id);
      yield {
        type: 'hub',
        hub: hub.id,
        label: hub.label,
        identifier: hub.identifier,
        documents: h?.documents ?? 0,
        accounts: h?.personas.size ?? 0,
        networks: h?.networks.size ?? 0,
        drug_networks: h?.drugNetworks.size ?? 0,
      };
    }
  }
}
