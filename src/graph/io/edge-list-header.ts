/**
 * Column names that edge lists from spreadsheets, call-record and transfer exports put in their first line.
 * No single letters ("a,b", "u,v"): a first edge between nodes so named would be taken for a header.
 */
const HEADER_WORDS = new Set([
  'source',
  'target',
  'from',
  'to',
  'src',
  'dst',
  'dest',
  'destination',
  'sender',
  'receiver',
  'recipient',
  'caller',
  'callee',
  'called',
  'calling',
  'payer',
  'payee',
  'origin',
  'node',
  'node1',
  'node2',
  'id1',
  'id2',
  'from_id',
  'to_id',
  'source_id',
  'target_id',
  'msisdn',
  'a_number',
  'b_number',
  'account',
  'источник',
  'цель',
  'откуда',
  'куда',
  'от',
  'кому',
  'отправитель',
  'получатель',
  'абонент',
  'номер',
  'вызывающий',
  'вызываемый',
  'плательщик',
]);

function isNumber(text: string): boolean {
  return text.trim().length > 0 && Number.isFinite(Number(text));
}

/**
 * Whether the first line of an edge list names its columns. A third field that is not a number can only be a
 * header; with two fields, both must be known column names, since any other pair is a valid edge.
 */
export function looksLikeHeader(fields: readonly string[]): boolean {
  const third = fields[2];
  if (third !== undefined && third.length > 0 && !isNumber(third)) return true;
  const [first, second] = fields;
  return (
    first !== undefined &&
    second !== undefined &&
    HEADER_WORDS.has(first.trim().toLowerCase()) &&
    HEADER_WORDS.has(second.trim().toLowerCase())
  );
}
