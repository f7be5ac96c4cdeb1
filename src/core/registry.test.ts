import { describe, expect, it } from 'vitest';
import { PLUGIN_KINDS } from './plugin.js';
import { loadRegistry } from './registry.js';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SEMVER = /^\d+\.\d+\.\d+$/;

describe('plugin registry', () => {
  it('loads every plugin folder, with metadata that declares what it consumes and produces', async () => {
    const registry = await loadRegistry();
    const all = [
      ...registry.connectors,
      ...registry.detectors,
      ...registry.extractors,
      ...registry.linkers,
      ...registry.exporters,
    ];
    expect(registry.connectors.length).toBeGreaterThanOrEqual(3);
    expect(registry.detectors.length).toBeGreaterThanOrEqual(1);
    expect(registry.extractors.length).toBeGreaterThanOrEqual(3);
    for (const plugin of all) {
      const { meta } = plugin;
      expect(PLUGIN_KINDS, meta.id).toContain(meta.kind);
      expect(meta.id, meta.id).toMatch(KEBAB);
      expect(meta.version, meta.id).toMatch(SEMVER);
      expect(meta.description.length, meta.id).toBeGreaterThan(10);
      expect(meta.consumes.length, meta.id).toBeGreaterThan(0);
      expect(meta.produces.length, meta.id).toBeGreaterThan(0);
    }
    for (const kind of PLUGIN_KINDS) {
      const ids = all.filter((p) => p.meta.kind === kind).map((p) => p.meta.id);
      expect(new Set(ids).size, kind).toBe(ids.length);
    }
  });

  it('has a detector whose outcome decides, the trained classifier', async () => {
    const registry = await loadRegistry();
    expect(registry.detectors.filter((d) => d.decides === true).map((d) => d.meta.id)).toEqual(['classifier']);
  });

  it('returns the same registry on every call', async () => {
    expect(await loadRegistry()).toBe(await loadRegistry());
  });
});
