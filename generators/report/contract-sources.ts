// Pure: the § sources a check's contract sentence cites, e.g. "(contract §5.1,
// DESIGN §6)" → ["contract §5.1", "DESIGN §6"]. A § without a document name
// belongs to the document named last in the same sentence, else the contract.

const CITATION = /(?:\b(contract|DESIGN|REAL-WORKSPACE|TWENTY-REST)\s+)?§\s?(\d+(?:\.\d+)*)/g;

export function contractSources(sentence: string): string[] {
  const sources: string[] = [];
  let documentName = 'contract';
  for (const match of sentence.matchAll(CITATION)) {
    if (match[1]) documentName = match[1];
    const source = `${documentName} §${match[2]}`;
    if (!sources.includes(source)) sources.push(source);
  }
  return sources;
}
