import { QyranError } from '../core/errors.js';

/** A node name asked for (a path's end, a neighbourhood's seed) that the graph does not hold. */
export class UnknownNodeError extends QyranError {
  override readonly name = 'UnknownNodeError';
  readonly node: string;

  constructor(node: string) {
    super('NOT_FOUND', `no node named ${JSON.stringify(node)} in the graph`, {
      hint: 'node names are matched exactly, as written in the edge list',
    });
    this.node = node;
  }
}

/** An edge the graph cannot hold: its weight is not a positive finite number, or a name is empty. */
export class InvalidEdgeError extends QyranError {
  override readonly name = 'InvalidEdgeError';

  constructor(message: string) {
    super('BAD_RECORD', message);
  }
}

/** More arcs than 32-bit offsets can address: about a billion edges, far past what fits in memory anyway. */
export class GraphTooLargeError extends QyranError {
  override readonly name = 'GraphTooLargeError';

  constructor(message: string) {
    super('USAGE', message, { hint: 'split the edge list, or analyse a filtered part of it' });
  }
}
