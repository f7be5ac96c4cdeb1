import type BetterSqlite3 from 'better-sqlite3';
import type { ObjectLinkReader, ObjectStep } from '../object-path.js';
import type { PathHop } from '../store.js';

interface LinkRow {
  type: string;
  method: string;
  strength: number;
  evidence: string;
}

const OBJECTS = "source_kind = 'object' AND target_kind = 'object'";

/**
 * The path search's reads, as prepared statements over the covering link indexes (migration 7). A list of ids goes
 * in as one JSON parameter: through the query builder, a frontier of 5,000 objects was 20 queries of 500
 * parameters, and each link came back as a built object (~4 us a link, 54,659 links in one expansion). In the
 * meeting checks the unary `+` keeps the other end off the index: with both ends on it, SQLite probed every pair
 * of the two lists (168 x 649 objects: 46-77 ms), where reading the frontier's links and testing the other end
 * against the list takes a few.
 */
export function sqliteObjectLinks(db: BetterSqlite3.Database): ObjectLinkReader {
  const forward = db
    .prepare<[string], [string, string]>(
      `SELECT source_id, target_id FROM links WHERE ${OBJECTS} AND source_id IN (SELECT value FROM json_each(?))`,
    )
    .raw();
  const backward = db
    .prepare<[string], [string, string]>(
      `SELECT target_id, source_id FROM links WHERE ${OBJECTS} AND target_id IN (SELECT value FROM json_each(?))`,
    )
    .raw();
  const forwardInto = db
    .prepare<[string, string], [string, string]>(
      `SELECT source_id, target_id FROM links WHERE ${OBJECTS} AND source_id IN (SELECT value FROM json_each(?))
         AND +target_id IN (SELECT value FROM json_each(?)) LIMIT 1`,
    )
    .raw();
  const backwardInto = db
    .prepare<[string, string], [string, string]>(
      `SELECT target_id, source_id FROM links WHERE ${OBJECTS} AND target_id IN (SELECT value FROM json_each(?))
         AND +source_id IN (SELECT value FROM json_each(?)) LIMIT 1`,
    )
    .raw();
  const between = db.prepare<[string, string, string, string], LinkRow>(
    `SELECT type, method, strength, evidence FROM links
     WHERE ${OBJECTS} AND ((source_id = ? AND target_id = ?) OR (source_id = ? AND target_id = ?))
     ORDER BY strength DESC`,
  );
  const step = (row: readonly [string, string]): ObjectStep => ({ from: row[0], to: row[1] });
  return {
    neighbours: (objects) => {
      const ids = JSON.stringify(objects);
      return [...forward.all(ids).map(step), ...backward.all(ids).map(step)];
    },
    firstStepInto: (objects, targets) => {
      const ids = JSON.stringify(objects);
      const into = JSON.stringify(targets);
      const found = forwardInto.get(ids, into) ?? backwardInto.get(ids, into);
      return found === undefined ? null : step(found);
    },
    linksBetween: (a, b): PathHop['links'] =>
      between.all(a, b, b, a).map((r) => ({
        type: r.type,
        method: r.method,
        strength: r.strength,
        evidenceDocumentIds: r.evidence === '' ? [] : r.evidence.split(' '),
      })),
  };
}
