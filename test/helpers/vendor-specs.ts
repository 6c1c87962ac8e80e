/**
 * Where the vendors' OpenAPI documents are, for the tests that check the sandboxes against them.
 * They are read in place, never copied into the project: `VENDOR_SPECS_DIR` names their folder
 * (relative to the project root), by default `../shared/specs`.
 *
 * - `VENDOR_SPECS_DIR` set, or the default folder present: it must hold both documents, or the
 *   run fails at once. CI sets it (.ci/run), so CI can never lose these tests without noticing.
 * - Unset, and the default folder absent (a fresh clone with nothing beside it): the contract
 *   tests are left out of the run, the Schematic write tests run without their spec assertions,
 *   and the run ends with one line saying so and how to enable them.
 *
 * vitest.config.ts reads `vendorSpecs` to choose the files, and registers this module as the
 * integration project's globalSetup for that closing line.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const DEFAULT_VENDOR_SPECS_DIR = '../shared/specs';

/** The test files that exist only to check a sandbox against its vendor's document. */
export const CONTRACT_TESTS = ['test/sandbox/schematic-contract.test.ts', 'test/sandbox/metronome-contract.test.ts'];

export interface VendorSpecs {
  dir: string;
  /** Schematic's OpenAPI 3.0 document (YAML). */
  schematic: string;
  /** Metronome's OpenAPI 3.0 document (JSON). */
  metronome: string;
}

/** The documents' paths, or undefined when they are not there and nobody asked for them. */
export function findVendorSpecs(configured = process.env.VENDOR_SPECS_DIR): VendorSpecs | undefined {
  const dir = path.resolve(root, configured || DEFAULT_VENDOR_SPECS_DIR);
  if (!configured && !existsSync(dir)) return undefined;
  const specs = { dir, schematic: path.join(dir, 'schematic-openapi.yaml'), metronome: path.join(dir, 'metronome-openapi.json') };
  const missing = [specs.schematic, specs.metronome].filter((file) => !existsSync(file));
  if (missing.length) {
    const setting = configured ? `VENDOR_SPECS_DIR=${configured}` : `the default ${DEFAULT_VENDOR_SPECS_DIR}`;
    throw new Error(`vendor OpenAPI documents: ${setting} (${dir}) lacks ${missing.map((f) => path.basename(f)).join(' and ')}`);
  }
  return specs;
}

export const vendorSpecs = findVendorSpecs();

export const NOT_RUN_NOTICE =
  `Vendor OpenAPI checks not run (no ${DEFAULT_VENDOR_SPECS_DIR} beside the project: the two contract test files, ` +
  'and the spec assertions of the Schematic write tests): set VENDOR_SPECS_DIR to the folder holding ' +
  'schematic-openapi.yaml and metronome-openapi.json to run them.';

/** For the contract tests, which vitest.config.ts runs only when the documents are there. */
export function requireVendorSpecs(): VendorSpecs {
  if (!vendorSpecs) throw new Error(NOT_RUN_NOTICE);
  return vendorSpecs;
}

/** vitest globalSetup: once the run is over (after the summary), the one line saying what did not run. */
export default function announceSkippedContractTests(): () => void {
  return () => {
    if (!vendorSpecs) console.warn(`\n${NOT_RUN_NOTICE}\n`);
  };
}
