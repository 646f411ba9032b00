// What `twenty-conformance openapi` reports, as data (the `--json` shape) and as text.
// Both are pure functions of the analysis, so they are tested without any I/O.
import type { DocumentAnalysis } from './analyse.ts';
import type { Catalogue } from './catalogue-types.ts';
import type { DocumentFinding } from './document-rules.ts';
import { CORE_ONLY_RULES } from './metadata-analysis.ts';
import { buildMetadataCatalogue } from './metadata-catalogue.ts';

export interface OpenapiReportObject {
  plural: string;
  singular: string;
  listPath: string;
  fields: number;
  fieldKinds: Record<string, number>;
}

export interface OpenapiReport {
  source: string;
  valid: boolean;
  /** Validation errors (DOC-001) and error-level lint findings. */
  errors: DocumentFinding[];
  warnings: DocumentFinding[];
  infos: DocumentFinding[];
  openapiVersion: string;
  legacy: boolean;
  baseDocumentOnly: boolean;
  servers: string[];
  /** What the document writes before object paths ('' or e.g. '/rest'). */
  pathPrefix: string;
  objects: OpenapiReportObject[];
  limit: Catalogue['limit'];
  depthValues: number[];
  /** A metadata document (`/rest/open-api/metadata`): the resources it lists instead of objects. */
  metadata?: { resources: string[] };
}

export function buildOpenapiReport(source: string, analysis: DocumentAnalysis): OpenapiReport {
  const { catalogue, findings } = analysis;
  return {
    source,
    valid: analysis.valid,
    errors: [...analysis.validationFindings, ...findings.filter((finding) => finding.level === 'error')],
    warnings: findings.filter((finding) => finding.level === 'warning'),
    infos: findings.filter((finding) => finding.level === 'info'),
    openapiVersion: catalogue.openapiVersion,
    legacy: catalogue.legacy,
    baseDocumentOnly: catalogue.baseDocumentOnly,
    servers: catalogue.servers,
    pathPrefix: catalogue.pathPrefix,
    objects: catalogue.objects.map((object) => ({
      plural: object.plural,
      singular: object.singular,
      listPath: object.listPath,
      fields: object.fields.length,
      fieldKinds: countKinds(object.fields.map((field) => field.kind)),
    })),
    limit: catalogue.limit,
    depthValues: catalogue.depthValues,
  };
}

/**
 * The report of a metadata document: the core-only rules (object paths, base64
 * cursors, depth) do not apply, and it lists resources, not objects.
 */
export function asMetadataReport(report: OpenapiReport, document: unknown): OpenapiReport {
  const catalogue = buildMetadataCatalogue(document);
  const applies = (finding: DocumentFinding) => !CORE_ONLY_RULES.has(finding.id);
  return {
    ...report,
    errors: report.errors.filter(applies),
    warnings: report.warnings.filter(applies),
    infos: report.infos.filter(applies),
    baseDocumentOnly: catalogue.baseDocumentOnly,
    objects: [],
    limit: { default: catalogue.limit.fromDocument ? catalogue.limit.default : null, maximum: catalogue.limit.fromDocument ? catalogue.limit.maximum : null, minimum: null },
    depthValues: [],
    metadata: { resources: catalogue.resources.filter((resource) => resource.documented).map((resource) => resource.name) },
  };
}

function countKinds(kinds: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of [...kinds].sort()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** Validation errors can run to hundreds; the text shows this many, `--json` shows all. */
export const MAX_TEXT_ERRORS = 20;

export function renderOpenapiText(report: OpenapiReport): string[] {
  const lines: string[] = [];
  const version = report.openapiVersion === '' ? 'unknown version' : `OpenAPI ${report.openapiVersion}`;
  const validationCount = report.errors.filter((finding) => finding.id === 'DOC-001').length;
  lines.push(`Document: ${report.source}`);
  lines.push(
    report.valid
      ? `${version}: valid`
      : `${version}: INVALID (${validationCount} validation error${validationCount === 1 ? '' : 's'})`,
  );
  lines.push(...renderGroup('Errors', report.errors, MAX_TEXT_ERRORS));
  lines.push(...renderGroup('Warnings', report.warnings));
  lines.push(...renderGroup('Infos', report.infos));
  lines.push('');
  if (report.metadata) {
    const { resources } = report.metadata;
    lines.push(
      `Metadata document: ${resources.length} resource${resources.length === 1 ? '' : 's'}${resources.length > 0 ? ` (${resources.join(', ')})` : ', base document only'}` +
        `; limit default ${show(report.limit.default)}, maximum ${show(report.limit.maximum)}`,
    );
    return lines;
  }
  lines.push(
    `Catalogue: ${report.objects.length} object${report.objects.length === 1 ? '' : 's'}` +
      (report.legacy ? ', legacy document' : '') +
      (report.baseDocumentOnly ? ', base document only' : '') +
      (report.pathPrefix !== '' ? `, paths under ${report.pathPrefix}` : '') +
      `; limit default ${show(report.limit.default)}, maximum ${show(report.limit.maximum)}` +
      `; depth values ${report.depthValues.length > 0 ? report.depthValues.join(', ') : '-'}`,
  );
  if (report.objects.length > 0) lines.push(...renderTable(report.objects));
  return lines;
}

function show(value: number | null): string {
  return value === null ? '-' : String(value);
}

function renderGroup(title: string, findings: DocumentFinding[], max = Number.POSITIVE_INFINITY): string[] {
  if (findings.length === 0) return [];
  const lines = ['', `${title} (${findings.length}):`];
  for (const finding of findings.slice(0, max)) {
    lines.push(`  [${finding.id}] ${finding.message}`);
  }
  if (findings.length > max) lines.push(`  ... and ${findings.length - max} more (use --json to see all)`);
  return lines;
}

function renderTable(objects: OpenapiReportObject[]): string[] {
  const rows = objects.map((object) => [
    object.plural,
    object.singular,
    String(object.fields),
    Object.entries(object.fieldKinds)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', '),
  ]);
  const header = ['object', 'singular', 'fields', 'fields per kind'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const format = (row: string[]): string =>
    '  ' +
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ');
  return [format(header), ...rows.map(format)];
}
