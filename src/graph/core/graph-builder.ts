import { InvalidEdgeError } from '../graph-errors.js';
import { buildCsr } from './build-csr.js';
import type { NamedGraph } from './csr-graph.js';
import type { EdgeBlock } from './edge-block.js';
import { BLOCK_EDGES } from './edge-block.js';
import { NameTable } from './name-table.js';

/** Edges whose names are UTF-8 byte ranges of one buffer, as the CSV reader finds them: no string per name. */
export interface EdgeBatch {
  readonly bytes: Uint8Array;
  readonly count: number;
  /** Per edge four offsets into `bytes`: source start and end, target start and end. */
  readonly ranges: Int32Array;
  readonly weights: Float64Array;
}

/** Where edges go as they are read: the CSV reader and the store both feed one of these. */
export interface EdgeSink {
  addEdge(source: string, target: string, weight: number): void;
  addEdges(batch: EdgeBatch): void;
}

interface MutableBlock extends EdgeBlock {
  count: number;
}

function newBlock(): MutableBlock {
  return {
    count: 0,
    sources: new Int32Array(BLOCK_EDGES),
    targets: new Int32Array(BLOCK_EDGES),
    weights: new Float64Array(BLOCK_EDGES),
  };
}

function checkWeight(weight: number): void {
  // Non-positive weights make strengths and probabilities meaningless; NaN would poison every sum.
  if (!(weight > 0 && weight < Number.POSITIVE_INFINITY)) {
    throw new InvalidEdgeError(`edge weight ${weight} is not a positive finite number`);
  }
}

/**
 * Collects named edges into blocks of typed columns (16 bytes an edge, no object per edge, nothing copied as it
 * grows), then builds the CSR graph. Names are interned as they arrive, so each distinct name is held once.
 */
export class GraphBuilder implements EdgeSink {
  private readonly names = new NameTable();
  private blocks: MutableBlock[] = [];
  private block: MutableBlock = newBlock();
  private edges = 0;
  private unitWeights = true;
  private batchIds = new Int32Array(0);
  private built = false;

  get edgeCount(): number {
    return this.edges;
  }

  get nodeCount(): number {
    return this.names.count;
  }

  /** A node with no edges (yet): it still gets an id, a component and a rank. */
  addNode(name: string): number {
    if (name.length === 0) throw new InvalidEdgeError('a node name is empty');
    return this.names.intern(name);
  }

  addEdge(source: string, target: string, weight = 1): void {
    checkWeight(weight);
    if (source.length === 0 || target.length === 0) throw new InvalidEdgeError('a node name is empty');
    this.push(this.names.intern(source), this.names.intern(target), weight);
  }

  addEdges(batch: EdgeBatch): void {
    const { count, ranges, weights } = batch;
    for (let e = 0; e < count; e++) {
      checkWeight(weights[e] ?? 0);
      const name = 4 * e;
      if ((ranges[name + 1] ?? 0) <= (ranges[name] ?? 0) || (ranges[name + 3] ?? 0) <= (ranges[name + 2] ?? 0)) {
        throw new InvalidEdgeError('a node name is empty');
      }
    }
    if (this.batchIds.length < 2 * count) this.batchIds = new Int32Array(2 * count);
    const ids = this.batchIds;
    this.names.internMany(batch.bytes, ranges, 2 * count, ids);
    for (let e = 0; e < count; e++) this.push(ids[2 * e] ?? 0, ids[2 * e + 1] ?? 0, weights[e] ?? 0);
  }

  build(): NamedGraph {
    if (this.built) throw new Error('GraphBuilder.build() called twice');
    this.built = true;
    const csr = buildCsr(this.names.count, [...this.blocks, this.block], this.unitWeights);
    // The blocks are garbage once the CSR exists; drop them before the caller allocates its own arrays.
    this.blocks = [];
    this.block = newBlock();
    return { csr, nodes: this.names };
  }

  private push(source: number, target: number, weight: number): void {
    if (this.built) throw new Error('GraphBuilder: edge added after build()');
    let block = this.block;
    if (block.count === BLOCK_EDGES) {
      this.blocks.push(block);
      block = newBlock();
      this.block = block;
    }
    block.sources[block.count] = source;
    block.targets[block.count] = target;
    block.weights[block.count] = weight;
    if (weight !== 1) this.unitWeights = false;
    block.count++;
    this.edges++;
  }
}
