/** An object key or array index on the way from the document root to a value; null for a key too long to keep. */
export type PathSegment = string | number | null;
export type JsonScalar = string | number | boolean | null;
/** Scalar members of the object that holds a target array, read before the array began. */
export type ArrayHeader = Readonly<Record<string, JsonScalar>>;

/** Everything needed to restart scanning right after an element of a target array. */
export interface ScanSnapshot {
  readonly offset: number;
  readonly line: number;
  /** Path of the target array, then the index of its next element. */
  readonly path: readonly PathSegment[];
  readonly header: ArrayHeader;
}

/** What the stack knows about an element of a target array once it has been read. */
export interface FinishedElement {
  readonly arrayPath: readonly PathSegment[];
  readonly index: number;
  readonly header: ArrayHeader;
  readonly nextPath: readonly PathSegment[];
}

interface ObjectFrame {
  readonly kind: 'object';
  key: PathSegment;
  state: 'key' | 'colon' | 'value' | 'comma';
  readonly scalars: Map<string, JsonScalar>;
}

interface ArrayFrame {
  readonly kind: 'array';
  index: number;
  state: 'value' | 'comma';
  readonly path: readonly PathSegment[];
  readonly target: boolean;
  readonly header: ArrayHeader;
}

type Frame = ObjectFrame | ArrayFrame;

/**
 * The JSON grammar above the bytes: which containers are open, what may come next in each, and where target
 * arrays are. Each method that can meet a byte JSON does not allow there returns the reason, else null.
 */
export class FrameStack {
  readonly #frames: Frame[] = [];
  readonly #isTarget: (path: readonly PathSegment[]) => boolean;
  #root: 'value' | 'inside' | 'done' = 'value';

  constructor(isTarget: (path: readonly PathSegment[]) => boolean, resume: ScanSnapshot | null) {
    this.#isTarget = isTarget;
    if (resume !== null) this.#restore(resume);
  }

  /** Inside a snapshot's target array all enclosing containers are mid-value, and the array is after an element. */
  #restore({ path, header }: ScanSnapshot): void {
    path.forEach((segment, depth) => {
      const last = depth === path.length - 1;
      if (typeof segment === 'number') {
        const arrayPath = path.slice(0, depth);
        this.#frames.push({
          kind: 'array',
          index: segment,
          state: last ? 'comma' : 'value',
          path: arrayPath,
          target: this.#isTarget(arrayPath),
          header: last ? header : {},
        });
      } else {
        this.#frames.push({ kind: 'object', key: segment, state: 'value', scalars: new Map() });
      }
    });
    this.#root = 'inside';
  }

  get isComplete(): boolean {
    return this.#root === 'done';
  }

  get isUnstarted(): boolean {
    return this.#root === 'value';
  }

  get isOpen(): boolean {
    return this.#frames.length > 0;
  }

  /** True where the next value is an element of a target array. */
  get awaitsTargetElement(): boolean {
    const top = this.#frames.at(-1);
    return top?.kind === 'array' && top.target && top.state === 'value';
  }

  get awaitsKey(): boolean {
    const top = this.#frames.at(-1);
    return top?.kind === 'object' && top.state === 'key';
  }

  /** Index of the element being read in the innermost array. */
  get currentIndex(): number {
    const top = this.#frames.at(-1);
    return top?.kind === 'array' ? top.index : 0;
  }

  startValue(): string | null {
    const top = this.#frames.at(-1);
    const allowed = top === undefined ? this.#root === 'value' : top.state === 'value';
    if (!allowed) return 'a value appears where JSON does not allow one';
    if (top === undefined) this.#root = 'inside';
    return null;
  }

  /** Ends the value in progress; a scalar directly in an object is kept as a possible header field. */
  valueDone(scalar?: JsonScalar): void {
    const top = this.#frames.at(-1);
    if (top === undefined) {
      this.#root = 'done';
    } else if (top.kind === 'object') {
      if (scalar !== undefined && typeof top.key === 'string') top.scalars.set(top.key, scalar);
      top.state = 'comma';
    } else {
      top.index++;
      top.state = 'comma';
    }
  }

  setKey(key: string | null): void {
    const top = this.#frames.at(-1);
    if (top?.kind !== 'object') return;
    top.key = key;
    top.state = 'colon';
  }

  openObject(): void {
    this.#frames.push({ kind: 'object', key: null, state: 'key', scalars: new Map() });
  }

  openArray(): void {
    const path = this.#frames.map((frame) => (frame.kind === 'object' ? frame.key : frame.index));
    const parent = this.#frames.at(-1);
    this.#frames.push({
      kind: 'array',
      index: 0,
      state: 'value',
      path,
      target: this.#isTarget(path),
      header: parent?.kind === 'object' ? Object.fromEntries(parent.scalars) : {},
    });
  }

  close(kind: 'object' | 'array'): string | null {
    const top = this.#frames.at(-1);
    const fits =
      kind === 'object'
        ? top?.kind === 'object' && (top.state === 'key' || top.state === 'comma')
        : top?.kind === 'array';
    if (!fits) return `unexpected ${kind === 'object' ? '}' : ']'}`;
    this.#frames.pop();
    this.valueDone();
    return null;
  }

  colon(): string | null {
    const top = this.#frames.at(-1);
    if (top?.kind !== 'object' || top.state !== 'colon') return 'unexpected :';
    top.state = 'value';
    return null;
  }

  comma(): string | null {
    const top = this.#frames.at(-1);
    if (top?.kind === 'object' && top.state === 'comma') top.state = 'key';
    else if (top?.kind === 'array' && top.state === 'comma') top.state = 'value';
    else return 'unexpected ,';
    return null;
  }

  /** Ends the target-array element in progress and says where it was. */
  finishElement(): FinishedElement | null {
    const top = this.#frames.at(-1);
    if (top?.kind !== 'array') return null;
    const index = top.index;
    this.valueDone();
    return { arrayPath: top.path, index, header: top.header, nextPath: [...top.path, top.index] };
  }
}
