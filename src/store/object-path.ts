import type { Kysely } from 'kysely';
import type { QyranDatabase } from './schema.js';
import type { PathHop } from './store.js';

const IN_LIST = 500;

/** Every object linked to one of `objects`, with the object it was reached from. */
async function neighboursOf(
  db: Kysely<QyranDatabase>,
  objects: readonly string[],
): Promise<readonly { readonly from: string; readonly to: string }[]> {
  const found: { from: string; to: string }[] = [];
  for (let i = 0; i < objects.length; i += IN_LIST) {
    const part = objects.slice(i, i + IN_LIST);
    const out = await db
      .selectFrom('links')
      .select(['source_id as from', 'target_id as to'])
      .where('source_kind', '=', 'object')
      .where('target_kind', '=', 'object')
      .where('source_id', 'in', part)
      .execute();
    const back = await db
      .selectFrom('links')
      .select(['target_id as from', 'source_id as to'])
      .where('target_kind', '=', 'object')
      .where('source_kind', '=', 'object')
      .where('target_id', 'in', part)
      .execute();
    found.push(...out, ...back);
  }
  return found;
}

/** The objects from `end` back to the search's start, following `parent`. */
function trail(parent: ReadonlyMap<string, string | null>, end: string): string[] {
  const nodes: string[] = [];
  for (let at: string | null | undefined = end; at !== null && at !== undefined; at = parent.get(at)) nodes.push(at);
  return nodes;
}

async function linksBetween(db: Kysely<QyranDatabase>, a: string, b: string): Promise<PathHop['links']> {
  const rows = await db
    .selectFrom('links')
    .select(['type', 'method', 'strength', 'evidence'])
    .where('source_kind', '=', 'object')
    .where('target_kind', '=', 'object')
    .where((eb) =>
      eb.or([
        eb.and([eb('source_id', '=', a), eb('target_id', '=', b)]),
        eb.and([eb('source_id', '=', b), eb('target_id', '=', a)]),
      ]),
    )
    .orderBy('strength', 'desc')
    .execute();
  return rows.map((r) => ({
    type: r.type,
    method: r.method,
    strength: r.strength,
    evidenceDocumentIds: r.evidence === '' ? [] : r.evidence.split(' '),
  }));
}

/**
 * Bidirectional breadth-first search over the links table, one indexed query per frontier and side, expanding the
 * smaller frontier: a path in a small-world graph is found after touching a few hundred objects, instead of
 * loading the whole graph (12 s at 82,000 objects and 500,000 links).
 */
export async function findObjectPath(
  db: Kysely<QyranDatabase>,
  from: string,
  to: string,
  maxHops: number,
): Promise<readonly PathHop[] | null> {
  if (from === to) return [];
  const parents = [new Map<string, string | null>([[from, null]]), new Map<string, string | null>([[to, null]])];
  const frontiers: string[][] = [[from], [to]];
  for (let hops = 0; hops < maxHops; hops++) {
    const side = (frontiers[0]?.length ?? 0) <= (frontiers[1]?.length ?? 0) ? 0 : 1;
    const mine = parents[side];
    const theirs = parents[1 - side];
    const frontier = frontiers[side];
    if (mine === undefined || theirs === undefined || frontier === undefined || frontier.length === 0) return null;
    const next: string[] = [];
    let meeting: { readonly at: string; readonly from: string } | null = null;
    for (const edge of await neighboursOf(db, frontier)) {
      if (mine.has(edge.to)) continue;
      mine.set(edge.to, edge.from);
      next.push(edge.to);
      if (theirs.has(edge.to)) {
        meeting = { at: edge.to, from: edge.from };
        break;
      }
    }
    if (meeting !== null) {
      const [forward, backward] = side === 0 ? [mine, theirs] : [theirs, mine];
      const nodes = [...trail(forward, meeting.at).reverse(), ...trail(backward, meeting.at).slice(1)];
      const path: PathHop[] = [];
      for (let i = 0; i + 1 < nodes.length; i++) {
        const a = nodes[i] ?? '';
        const b = nodes[i + 1] ?? '';
        path.push({ from: a, to: b, links: await linksBetween(db, a, b) });
      }
      return path;
    }
    frontiers[side] = next;
  }
  return null;
}
