/**
 * A persisted-operations manifest: `{ "<id>": "<GraphQL document>" }`, the format GraphQL Code
 * Generator's client preset writes to `persisted-documents.json` (`persistedDocuments: true`;
 * the id is the sha256 of the printed document). Read and checked once, at boot.
 */
import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';

export type PersistedManifest = Readonly<Record<string, string>>;

/** Reads and checks a manifest; throws an Error saying what is wrong with which entry. */
export function readManifest(path: string): PersistedManifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read "${path}"${code ? ` (${code})` : ''}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`"${path}" is not valid JSON (${(error as Error).message})`);
  }
  const shape = `must map operation ids to documents, { "<sha256>": "query ..." }, as codegen's client preset writes persisted-documents.json`;
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error(`"${path}" ${shape}`);
  const entries = Object.entries(json as Record<string, unknown>);
  if (entries.length === 0) throw new Error(`"${path}" holds no operations`);
  const manifest: Record<string, string> = Object.create(null);
  for (const [id, document] of entries) {
    if (!/^\S+$/.test(id)) throw new Error(`"${path}" ${shape}; id "${id}" is empty or has spaces`);
    if (typeof document !== 'string') throw new Error(`"${path}" ${shape}; "${id}" maps to ${Array.isArray(document) ? 'an array' : typeof document}`);
    let operations: number;
    try {
      operations = parse(document).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
    } catch (error) {
      throw new Error(`"${path}": operation "${id}" is not a GraphQL document (${(error as Error).message})`);
    }
    if (operations === 0) throw new Error(`"${path}": "${id}" holds fragments only, no operation`);
    manifest[id] = document;
  }
  return manifest;
}
