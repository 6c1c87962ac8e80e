/**
 * Upstream route templates (span names, metric labels) for every endpoint the sandboxes serve,
 * which are the endpoints the clients call: fixed words kept, every path parameter `{id}`.
 */
import { describe, expect, it } from 'vitest';
import { routeTemplate } from '../../src/observability/route.ts';
import { ROUTES as METRONOME_ROUTES } from '../../src/sandbox/metronome/routes.ts';
import { ROUTES as SCHEMATIC_ROUTES } from '../../src/sandbox/schematic/routes.ts';

describe('routeTemplate', () => {
  const routes = [...SCHEMATIC_ROUTES, ...METRONOME_ROUTES];

  it.each(routes.map((route) => `/${route.segments.join('/')}`))('keeps %s as its template', (path) => {
    const template = path.replace(/\{\w+\}/g, '{id}');
    const filled = path.replace(/\{\w+\}/g, () => `bcrd_${Math.random().toString(36).slice(2)}`);
    expect(routeTemplate(filled)).toBe(template);
  });

  it('turns any segment it does not know into {id}, so a new endpoint can never leak an id', () => {
    expect(routeTemplate('/billing/credits/count')).toBe('/billing/credits/count');
    expect(routeTemplate('/v1/customers/6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7a1b01')).toBe('/v1/customers/{id}');
    expect(routeTemplate('/billing/credits/grants/bcgr_1/zero-out')).toBe('/billing/credits/grants/{id}/zero-out');
    expect(routeTemplate('/billing/newthing/comp_acme')).toBe('/billing/{id}/{id}');
    expect(routeTemplate('/billing/credits/a%2Fb')).toBe('/billing/credits/{id}');
  });

  it('stays right for paths it has seen and past its memo of them (ids vary without end)', () => {
    for (let round = 0; round < 2; round++) {
      for (let n = 0; n < 2_500; n++) {
        expect(routeTemplate(`/companies/comp_${n}`)).toBe('/companies/{id}');
        expect(routeTemplate('/billing/credits')).toBe('/billing/credits');
      }
    }
  });
});
