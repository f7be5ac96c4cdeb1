/** Renumbers community labels in place to 0..count-1, in order of first appearance; returns count. */
export function densify(membership: Int32Array, labelBound: number): number {
  const relabel = new Int32Array(labelBound).fill(-1);
  let count = 0;
  for (let node = 0; node < membership.length; node++) {
    const label = membership[node] ?? 0;
    let dense = relabel[label] ?? 0;
    if (dense === -1) {
      dense = count++;
      relabel[label] = dense;
    }
    membership[node] = dense;
  }
  return count;
}

/** Renumbers dense labels in place so that 0 is the largest community, ties by first appearance. */
export function numberBySize(membership: Int32Array, count: number): Int32Array {
  const sizes = new Int32Array(count);
  for (let node = 0; node < membership.length; node++) {
    const label = membership[node] ?? 0;
    sizes[label] = (sizes[label] ?? 0) + 1;
  }
  const order = Array.from({ length: count }, (_, label) => label).sort(
    (a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0) || a - b,
  );
  const rank = new Int32Array(count);
  order.forEach((label, position) => {
    rank[label] = position;
  });
  for (let node = 0; node < membership.length; node++) membership[node] = rank[membership[node] ?? 0] ?? 0;
  const sorted = new Int32Array(count);
  order.forEach((label, position) => {
    sorted[position] = sizes[label] ?? 0;
  });
  return sorted;
}
