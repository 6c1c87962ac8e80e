/**
 * Bench-only data, added through the running Schematic sandbox's store (the default seed, which
 * the tests rely on, is left as it is). The seeded world has 8 companies; the `_entities`
 * scenario asks for 50 distinct ones, so 42 more are cloned from them, round robin: each clone
 * gets its own id, name, keys and a copy of its model's grants (new ids), so its balances are
 * as varied as the originals'. Clones carry no Metronome key: they are Schematic-only customers.
 * The grants page (newest first) then mixes originals and clones, as a bigger account would.
 */
import type { SchematicSandbox } from '../src/sandbox/schematic/server.ts';

export interface BenchData {
  /** Every company, world ones first: at least `companies` of them. */
  companyIds: string[];
}

export function seedBenchData(sandbox: SchematicSandbox, companies = 50): BenchData {
  const store = sandbox.store;
  const models = [...store.companies.values()];
  const grants = [...store.grants.values()];
  for (let n = 1; models.length + n - 1 < companies; n++) {
    const model = models[(n - 1) % models.length]!;
    const suffix = String(n).padStart(2, '0');
    const id = `comp_bench_${suffix}`;
    const name = `${model.name} ${suffix}`;
    store.companies.set(id, {
      ...structuredClone(model),
      id,
      name,
      keys: model.keys
        .filter((k) => k.key !== 'metronome_customer_id')
        .map((k) => ({ ...k, id: `${k.id}_bench_${suffix}`, entity_id: id, value: `bench-${suffix}.${k.value}` })),
    });
    for (const grant of grants.filter((g) => g.company_id === model.id)) {
      const copy = { ...structuredClone(grant), id: `${grant.id}_bench_${suffix}`, company_id: id, company_name: name };
      store.grants.set(copy.id, copy);
    }
  }
  return { companyIds: [...store.companies.keys()] };
}
