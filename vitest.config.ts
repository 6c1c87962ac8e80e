import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { CONTRACT_TESTS, vendorSpecs } from './test/helpers/vendor-specs.ts';

const require = createRequire(import.meta.url);

/**
 * Four projects, told apart by the file name: `*.unit.test.ts` (no socket, no process: seconds),
 * `*.process.test.ts` (spawns the real gateway), `*.browser.test.ts` (drives Chromium), and every
 * other `*.test.ts` is integration (an in-process gateway over the sandboxes on loopback).
 * `npm test` runs them all; `npm run test:unit` and the others run one.
 */
const UNIT = 'test/**/*.unit.test.ts';
const PROCESS = 'test/**/*.process.test.ts';
const BROWSER = 'test/**/*.browser.test.ts';

export default defineConfig({
  // graphql ships CJS and ESM builds; Node (and so yoga, Pothos) loads the CJS one, while
  // vite would give our sources the ESM one. Two copies break `instanceof GraphQLError`.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: [UNIT] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          // the vendor-spec contract tests run only where the vendors' documents are (see the helper)
          exclude: [UNIT, PROCESS, BROWSER, ...(vendorSpecs ? [] : CONTRACT_TESTS)],
          globalSetup: ['test/helpers/vendor-specs.ts'],
        },
      },
      { extends: true, test: { name: 'process', include: [PROCESS] } },
      { extends: true, test: { name: 'browser', include: [BROWSER] } },
    ],
  },
});
