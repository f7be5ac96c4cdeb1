import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { QyranError } from './errors.js';
import type {
  ConnectorPlugin,
  DetectorPlugin,
  ExporterPlugin,
  ExtractorPlugin,
  LinkerPlugin,
  Plugin,
  PluginKind,
} from './plugin.js';
import { PLUGIN_KINDS } from './plugin.js';

export interface PluginRegistry {
  readonly connectors: readonly ConnectorPlugin[];
  readonly detectors: readonly DetectorPlugin[];
  readonly extractors: readonly ExtractorPlugin[];
  readonly linkers: readonly LinkerPlugin[];
  readonly exporters: readonly ExporterPlugin[];
}

const FOLDER_OF_KIND: Readonly<Record<PluginKind, string>> = {
  connector: 'connectors',
  detector: 'detectors',
  extractor: 'extractors',
  linker: 'linkers',
  exporter: 'exporters',
};

const pluginsRoot = new URL('../plugins/', import.meta.url);
// Tests run the TypeScript sources, the CLI runs the compiled JavaScript: load whichever we are.
const moduleExtension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';

function isPlugin(value: unknown, kind: PluginKind): value is Plugin {
  if (typeof value !== 'object' || value === null || !('meta' in value)) return false;
  const meta: unknown = value.meta;
  return typeof meta === 'object' && meta !== null && 'kind' in meta && meta.kind === kind;
}

/**
 * A plugin is a folder `src/plugins/<kind>s/<id>/` whose `index` module default-exports the plugin: adding one
 * is adding a folder. Folders are loaded in name order so runs are deterministic.
 */
async function loadKind(kind: PluginKind): Promise<Plugin[]> {
  const folder = new URL(`${FOLDER_OF_KIND[kind]}/`, pluginsRoot);
  if (!existsSync(folder)) return [];
  const names = readdirSync(fileURLToPath(folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const plugins: Plugin[] = [];
  for (const name of names) {
    const moduleUrl = new URL(`${name}/index.${moduleExtension}`, folder);
    const loaded: { default?: unknown } = await import(moduleUrl.href);
    if (!isPlugin(loaded.default, kind)) {
      throw new QyranError('PLUGIN_INVALID', `${fileURLToPath(moduleUrl)} does not default-export a ${kind} plugin`);
    }
    if (loaded.default.meta.id !== name) {
      throw new QyranError('PLUGIN_INVALID', `plugin folder ${name} declares id ${loaded.default.meta.id}`, {
        hint: 'a plugin id is its folder name',
      });
    }
    plugins.push(loaded.default);
  }
  return plugins;
}

let cached: Promise<PluginRegistry> | null = null;

export function loadRegistry(): Promise<PluginRegistry> {
  cached ??= (async () => {
    const [connectors, detectors, extractors, linkers, exporters] = await Promise.all(PLUGIN_KINDS.map(loadKind));
    return {
      connectors: (connectors ?? []).filter((p): p is ConnectorPlugin => p.meta.kind === 'connector'),
      detectors: (detectors ?? []).filter((p): p is DetectorPlugin => p.meta.kind === 'detector'),
      extractors: (extractors ?? []).filter((p): p is ExtractorPlugin => p.meta.kind === 'extractor'),
      linkers: (linkers ?? []).filter((p): p is LinkerPlugin => p.meta.kind === 'linker'),
      exporters: (exporters ?? []).filter((p): p is ExporterPlugin => p.meta.kind === 'exporter'),
    };
  })();
  return cached;
}
