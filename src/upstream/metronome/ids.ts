/**
 * Metronome's ids (customers, credits, contracts, products, pricing units, schedule items) are
 * UUIDs, and Metronome refuses anything else with a 400. So an id that is not one names nothing:
 * reads resolve it to "not found" without a call, writes refuse it before sending.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isMetronomeId = (id: string): boolean => UUID.test(id);
