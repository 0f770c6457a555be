import { Injectable } from '@nestjs/common';
import { unzipSync } from 'fflate';
import { Actor, DomainError, HSDS_IMPORT_FORMATS, IMPORT_FORMATS, ImportResultV1, REQUEST_PATTERNS } from '@prossimo/contracts';
import { RpcClient } from '../rpc/rpc-client.service';

/** What the referrals service can take in one request (the broker's message limit is 1 MiB). */
export const IMPORT_CONTENT_MAX = 900_000;
/** A zip may hold more than it weighs: unpacked, at most this much text is read. */
const UNZIPPED_MAX = IMPORT_CONTENT_MAX;
const ALL_FORMATS = [...IMPORT_FORMATS, ...HSDS_IMPORT_FORMATS] as const;
export type DirectoryImportFormat = (typeof ALL_FORMATS)[number];

/** "PK\x03\x04": a zip's first bytes. */
export const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * A directory import, from GraphQL (text within the 256 kB body limit) or from the ADMIN upload
 * route (a zip or a file up to 10 MB): Prossimo's own formats go as before; HSDS ones go with the
 * ADMIN's neighbourhoods (service areas are read by name or code) and, for a tabular data
 * package, the package's files unpacked here. The referrals service never sees a zip.
 */
@Injectable()
export class DirectoryImports {
  constructor(private readonly rpc: RpcClient) {}

  async run(actor: Actor, format: string, content: string | Uint8Array, source?: string): Promise<ImportResultV1> {
    if (!(ALL_FORMATS as readonly string[]).includes(format)) {
      throw DomainError.badInput('format', `format: uno tra ${ALL_FORMATS.join(', ')} / one of ${ALL_FORMATS.join(', ')}`);
    }
    if (format === 'hsds-json' || format === 'csv') {
      const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
      return this.rpc.call(REQUEST_PATTERNS.referrals.importDirectory, { format, content: text }, actor, { timeoutMs: 30_000 });
    }
    let text: string;
    if (format === 'hsds-tabular') text = JSON.stringify(tabularFiles(content));
    else text = typeof content === 'string' ? content : new TextDecoder().decode(content);
    if (text.length > IMPORT_CONTENT_MAX) {
      throw DomainError.badInput('content', `content: il file è troppo grande (${Math.round(text.length / 1000)} kB di testo, al massimo ${IMPORT_CONTENT_MAX / 1000} kB): dividilo per organizzazioni / the file is too large (${Math.round(text.length / 1000)} kB of text, at most ${IMPORT_CONTENT_MAX / 1000} kB): split it by organisation`);
    }
    const neighbourhoods = (await this.rpc.call(REQUEST_PATTERNS.antennas.listNeighbourhoods, {}, actor)).map((n) => ({ code: n.code, name: n.name }));
    return this.rpc.call(REQUEST_PATTERNS.referrals.importHsds, { format, content: text, ...(source ? { source } : {}), neighbourhoods }, actor, { timeoutMs: 60_000 });
  }
}

/**
 * The package's files by path: a zip (bytes, or base64 text starting "UEsDB"), or the JSON object
 * {"datapackage.json": "...", "organizations.csv": "..."} of its files.
 */
export function tabularFiles(content: string | Uint8Array): Record<string, string> {
  let bytes: Uint8Array | null = null;
  if (typeof content !== 'string') bytes = content;
  else if (/^UEsDB[A-Za-z0-9+/=\s]*$/.test(content.slice(0, 200))) bytes = Buffer.from(content, 'base64');
  if (bytes && isZip(bytes)) {
    let entries: Record<string, Uint8Array>;
    try {
      let total = 0;
      entries = unzipSync(bytes, {
        filter: (f) => {
          const wanted = /\.(csv|json)$/i.test(f.name) && !f.name.startsWith('__MACOSX/');
          if (wanted) total += f.originalSize;
          if (total > UNZIPPED_MAX) throw DomainError.badInput('content', `content: lo zip contiene troppo testo (al massimo ${UNZIPPED_MAX / 1000} kB) / the zip holds too much text (at most ${UNZIPPED_MAX / 1000} kB)`);
          return wanted;
        },
      });
    } catch (err) {
      if (err instanceof DomainError) throw err;
      throw DomainError.badInput('content', 'content: lo zip non si apre / the zip cannot be opened');
    }
    const decoder = new TextDecoder('utf-8');
    return Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, decoder.decode(data)]));
  }
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && Object.values(parsed).every((v) => typeof v === 'string')) return parsed as Record<string, string>;
  } catch {
    /* below */
  }
  throw DomainError.badInput('content', 'content: per hsds-tabular serve uno zip del pacchetto o un oggetto JSON {"percorso": "testo"} dei suoi file / for hsds-tabular, send a zip of the package or a JSON object {"path": "text"} of its files');
}
