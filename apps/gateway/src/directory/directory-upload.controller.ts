import { Controller, HttpCode, Post, Query, Req, UseFilters } from '@nestjs/common';
import { DomainError, ImportResultV1, Role } from '@prossimo/contracts';
import { AuthedRequest, Roles } from '../graphql/access';
import { HttpErrorFilter } from '../graphql/http-errors.filter';
import { DirectoryImports } from './directory-imports';

export const DIRECTORY_UPLOAD_PATH = '/admin/directory-import';
export const DIRECTORY_UPLOAD_LIMIT = '10mb';

/**
 * ADMIN: a directory file too large for GraphQL's 256 kB body (an HSDS data package as a zip, or a
 * large JSON or CSV): `POST /admin/directory-import?format=hsds-tabular&source=regione-lombardia`
 * with the file as the body (any content type, up to 10 MB), the ADMIN's bearer token, the same
 * request limits and the same error shape as the other REST routes. Answers what importDirectory
 * answers.
 */
@Controller('admin')
@UseFilters(HttpErrorFilter)
export class DirectoryUploadController {
  constructor(private readonly imports: DirectoryImports) {}

  @Roles(Role.ADMIN)
  @Post('directory-import')
  @HttpCode(200)
  async upload(@Query() q: Record<string, unknown>, @Req() req: AuthedRequest): Promise<ImportResultV1> {
    if (!req.prossimo) throw DomainError.unauthenticated();
    const unknown = Object.keys(q).filter((k) => k !== 'format' && k !== 'source');
    if (unknown.length) throw DomainError.badInput(unknown[0], `${unknown[0]}: parametro sconosciuto / unknown parameter`);
    if (typeof q.format !== 'string') throw DomainError.badInput('format', 'format: serve il formato (hsds-tabular, hsds-objects, hsds-json, csv) / the format is required (hsds-tabular, hsds-objects, hsds-json, csv)');
    if (q.source !== undefined && typeof q.source !== 'string') throw DomainError.badInput('source', 'source: un nome breve / a short name');
    const body = req.body as unknown;
    if (!(body instanceof Buffer) || body.length === 0) throw DomainError.badInput('body', 'body: manca il file / the file is missing');
    return this.imports.run(req.prossimo.actor, q.format, new Uint8Array(body), q.source);
  }
}
