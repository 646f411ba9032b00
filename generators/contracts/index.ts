// Public surface of response-contract validation.
export { createResponseValidator, type ResponseToValidate, type ResponseValidator, type ValidationResult } from './response-validator.ts';
export type { ContractViolation, ViolationKind } from './violation.ts';
export { DEFECT_MESSAGES, summariseDefects, type DefectSummary, type DocumentDefect, type DocumentDefectId } from './document-defects.ts';
export { loadContractSchemas, contractSchemaId, type ContractSchema } from './contract-schemas.ts';
export { responseFromExchange } from './from-exchange.ts';
