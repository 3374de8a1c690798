import { ApiProperty } from '@nestjs/swagger';
import { CATALOG_DUMPS_API } from '../catalog-dump-paths.js';
import type { CatalogDump } from '../catalog-dump.entity.js';
import { DUMP_STATUSES, DUMP_TRIGGERS } from '../catalog-dump.entity.js';

class CatalogDumpCountsView {
  @ApiProperty({ description: 'Lines of @type ProductOffering: the launched offerings' }) productOffering: number;
  @ApiProperty({ description: 'Lines of @type ProductSpecification: the specifications those offerings refer to' })
  productSpecification: number;
  @ApiProperty({ description: 'Lines of @type Category: the categories those offerings are in' }) category: number;
  @ApiProperty({ description: 'Prices inlined in the offering lines (productOfferingPrice), not lines of their own' })
  productOfferingPrice: number;
}

/** The manifest of a catalog dump. */
export class CatalogDumpView {
  @ApiProperty({ example: 12 }) id: number;
  @ApiProperty({ example: 'https://api.example.com/api/v1/catalog/dumps/12' }) href: string;
  @ApiProperty({ enum: DUMP_STATUSES }) status: string;
  @ApiProperty({ enum: DUMP_TRIGGERS }) trigger: string;
  @ApiProperty({ nullable: true, type: String, description: 'Who asked for it (null: the schedule)' }) requestedBy: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The CATALOG_DUMP_CRON time a scheduled dump stands for' })
  scheduledFor: string | null;
  @ApiProperty({ example: '2026-12-08T02:00:00.012Z' }) startedAt: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt: string | null;
  @ApiProperty({ type: CatalogDumpCountsView }) counts: CatalogDumpCountsView;
  @ApiProperty({ description: 'Size of the gzip file in bytes' }) byteSize: number;
  @ApiProperty({ description: 'Pieces of at most 60 KiB it is stored in' }) chunkCount: number;
  @ApiProperty({ nullable: true, type: String, description: 'Hex SHA-256 of the gzip bytes (the download’s ETag)' })
  sha256: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why it failed' }) error: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Where a completed dump is downloaded' }) downloadHref: string | null;
}

/** `baseUrl` '' gives relative hrefs (the events' snapshots). */
export function toCatalogDumpView(dump: CatalogDump, baseUrl: string): CatalogDumpView {
  const href = `${baseUrl}/${CATALOG_DUMPS_API}/${dump.id}`;
  return {
    id: dump.id,
    href,
    status: dump.status,
    trigger: dump.trigger,
    requestedBy: dump.requestedBy,
    scheduledFor: dump.scheduledFor?.toISOString() ?? null,
    startedAt: dump.startedAt.toISOString(),
    finishedAt: dump.finishedAt?.toISOString() ?? null,
    counts: {
      productOffering: dump.offeringCount,
      productSpecification: dump.specificationCount,
      category: dump.categoryCount,
      productOfferingPrice: dump.priceCount,
    },
    byteSize: dump.byteSize,
    chunkCount: dump.chunkCount,
    sha256: dump.sha256,
    error: dump.error,
    downloadHref: dump.status === 'completed' ? `${href}/download` : null,
  };
}
