import type { Command } from 'commander';
import { QyranError } from '../../core/errors.js';
import type { IdentifierAttributes } from '../../model/identifier-type.js';
import { describeIdentifier } from '../../model/identifier-types/index.js';
import { idNamespace } from '../../model/ids.js';
import type { DocumentView, IdentifierView, Store } from '../../store/store.js';
import type { GlobalOptions } from '../context.js';
import { printJson, withStore } from '../context.js';

type Shown =
  | { readonly kind: 'document'; readonly view: DocumentView }
  | { readonly kind: 'identifier'; readonly view: IdentifierView };

async function find(store: Store, id: string): Promise<Shown | null> {
  const namespace = idNamespace(id);
  if (namespace === 'idf') {
    const view = await store.getIdentifier(id);
    return view === null ? null : { kind: 'identifier', view };
  }
  const ids = namespace === 'doc' ? [id] : await store.findDocumentIdsByExternalId(id);
  const first = ids[0];
  if (first === undefined) return null;
  const view = await store.getDocument(first);
  return view === null ? null : { kind: 'document', view };
}

function printDocument(view: DocumentView): void {
  const { document: d, capture: c, author } = view;
  const lines = [
    `document ${d.id}${d.externalId === null ? '' : ` (source id ${d.externalId})`}`,
    `  platform ${d.platform}${d.threadKey === null ? '' : `, thread ${d.threadKey}`}${d.url === null ? '' : `, ${d.url}`}`,
    `  published ${d.publishedAt ?? 'unknown'}${d.publishedAtIsLocal ? ' (source gave local time)' : ''}`,
    `  author ${author === null ? 'unknown' : `${author.displayName ?? ''} ${author.handle === null ? '' : `@${author.handle}`} ${author.platformId ?? ''} (${author.id})`.replace(/\s+/g, ' ')}`,
    `  capture ${c.id}: sha256 ${c.sha256}, ${c.byteLength} bytes ${c.mediaType}, captured ${c.capturedAt} by ${c.collector.name} ${c.collector.version}`,
    `  origin ${JSON.stringify(c.origin)}`,
    '',
    ...(d.title === null ? [] : [d.title, '']),
    d.body,
    '',
  ];
  lines.push(`decision ${view.decision.label} ${view.decision.score.toFixed(3)}`);
  for (const det of view.detections) {
    lines.push(`detection ${det.label} ${det.score.toFixed(3)} by ${det.detector} ${det.detectorVersion}`);
    for (const e of det.evidence) lines.push(`  [${e.start}-${e.end}] «${e.text}» ${e.rule}`);
  }
  for (const m of view.mentions) {
    const facts = formatAttributes({ ...describeIdentifier(m.type, m.value), ...m.attributes });
    lines.push(`identifier ${m.type} ${m.value}  «${m.raw}» [${m.start}-${m.end}] ${m.identifierId}${facts}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** What an identifier's type tells of its value (a phone's line type, a card's issuer), as ` key=value …`. */
function formatAttributes(attributes: IdentifierAttributes): string {
  const pairs = Object.entries(attributes).map(([key, value]) => `${key}=${value}`);
  return pairs.length === 0 ? '' : `  ${pairs.join(' ')}`;
}

export function registerShow(program: Command, globals: () => GlobalOptions): void {
  program
    .command('show')
    .description('a document (by id or source id) or an identifier, with its provenance')
    .argument('<id>')
    .option('--json', 'print as JSON')
    .option('--raw', "print the document's captured bytes exactly as collected")
    .action(async (id: string, flags: { json?: boolean; raw?: boolean }) => {
      const found = await withStore(globals(), async (store) => {
        const shown = await find(store, id);
        const raw =
          flags.raw === true && shown?.kind === 'document' ? await store.getCaptureBytes(shown.view.capture) : null;
        return { shown, raw };
      });
      const { shown, raw } = found;
      if (shown === null) {
        throw new QyranError('NOT_FOUND', `nothing with id ${id}`, { hint: 'ids come from `qyran search`' });
      }
      if (flags.raw === true) {
        if (raw === null)
          throw new QyranError('NOT_FOUND', `the captured bytes of ${id} are not in the evidence store`);
        process.stdout.write(raw);
      } else if (flags.json === true) {
        const { identifier } = shown.kind === 'identifier' ? shown.view : { identifier: null };
        printJson(
          identifier === null ? shown : { ...shown, facts: describeIdentifier(identifier.type, identifier.value) },
        );
      } else if (shown.kind === 'document') printDocument(shown.view);
      else {
        const { identifier, documentIds, accountIds } = shown.view;
        const facts = formatAttributes(describeIdentifier(identifier.type, identifier.value));
        process.stdout.write(
          `identifier ${identifier.type} ${identifier.value} (${identifier.id})${facts}\n  in ${documentIds.length} document(s), by ${accountIds.length} account(s)\n${documentIds.map((d) => `  ${d}`).join('\n')}\n`,
        );
      }
    });
}
