// `--datamodel <file>`: read a Twenty core OpenAPI document (JSON or YAML) and build
// the reference's datamodel from it. The one I/O edge of datamodel-from-document.
import { readFileSync } from 'node:fs';
import { DocumentTextError, parseDocumentText } from './document-text.ts';
import { DatamodelDocumentError, datamodelFromDocument, type DocumentDatamodel } from './from-document.ts';

export class DatamodelFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatamodelFileError';
  }
}

export function loadDatamodelFile(path: string): DocumentDatamodel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DatamodelFileError(`--datamodel ${path}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`}`);
  }
  try {
    return datamodelFromDocument(parseDocumentText(text, path));
  } catch (error) {
    if (error instanceof DocumentTextError || error instanceof DatamodelDocumentError) throw new DatamodelFileError(`--datamodel ${path}: ${error.message}`);
    throw error;
  }
}
