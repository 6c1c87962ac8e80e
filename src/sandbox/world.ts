/**
 * Facts shared by every sandbox, so the Schematic and Metronome emulators seed one linked world:
 * the same companies, the same fixed clock.
 */

/**
 * The sandboxes' frozen "now". Seeded dates are placed relative to it and balances are computed
 * at it, so every run (and every test) sees the same numbers.
 */
export const WORLD_NOW = '2026-10-01T00:00:00.000Z';

export interface WorldCompany {
  /** Schematic company id */
  id: string;
  name: string;
  domain: string;
  /** Metronome customer id, stored on the Schematic company as key `metronome_customer_id` */
  metronomeCustomerId?: string;
}

export const WORLD_COMPANIES: readonly WorldCompany[] = [
  { id: 'comp_acme', name: 'Acme Robotics', domain: 'acme.example', metronomeCustomerId: '6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7a1b01' },
  { id: 'comp_globex', name: 'Globex Logistics', domain: 'globex.example', metronomeCustomerId: '0d8e5b7a-4c21-4f3a-8e6d-91b2c3d4e502' },
  { id: 'comp_initech', name: 'Initech', domain: 'initech.example', metronomeCustomerId: 'a3b9c1d2-7e4f-4a6b-b8c9-2d3e4f5a6b03' },
  { id: 'comp_umbrella', name: 'Umbrella Biotech', domain: 'umbrella.example', metronomeCustomerId: 'c7d8e9f0-1a2b-4c3d-9e4f-5a6b7c8d9e04' },
  { id: 'comp_hooli', name: 'Hooli Search', domain: 'hooli.example' },
  { id: 'comp_vandelay', name: 'Vandelay Imports', domain: 'vandelay.example' },
  { id: 'comp_wonka', name: 'Wonka Labs', domain: 'wonka.example', metronomeCustomerId: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a05' },
  { id: 'comp_tyrell', name: 'Tyrell Systems', domain: 'tyrell.example' },
];

/** Schematic company id -> Metronome customer id, for the companies billed through Metronome. */
export const METRONOME_CUSTOMER_IDS: Record<string, string> = Object.fromEntries(
  WORLD_COMPANIES.flatMap((c) => (c.metronomeCustomerId ? [[c.id, c.metronomeCustomerId]] : [])),
);
