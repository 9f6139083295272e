import { z } from 'zod';
import type { ResponseSpec } from './route-table.js';

/**
 * Schemas shared by several routes. Each route's own request schemas live
 * beside its handler (node/routes/*.ts); together they validate requests
 * and make the OpenAPI document (node/openapi.ts).
 */

/** Every refusal's body (node/http-errors.ts). */
export const ErrorBody = z.object({
  error: z.object({ code: z.string().meta({ description: 'stable error code (README, Error codes)' }), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }),
}).meta({ id: 'Error' });

/** An answer described by its text only: its fields are the README's. */
export const AnyObject = z.record(z.string(), z.unknown());

export const PullRule = z.enum(['catalog', 'policies', 'content']);
export const Mode = z.enum(['differential', 'complete']);

/** A path parameter; what it must look like is the domain's to say (NOT_FOUND, CHILD_INVALID...). */
export const Param = z.string().min(1);

/** A query parameter given at most once (a repeated one is an array: refused). */
export const QueryText = z.string().optional();

/** An integer query parameter within bounds, from its text. */
export const queryInt = (min: number, max: number, description: string) =>
  z.string().regex(/^\d+$/, 'must be a non-negative integer').transform(Number).pipe(z.number().int().min(min).max(max)).optional().meta({ description });

export const ok = (description: string, schema: z.ZodType = AnyObject): Record<number, ResponseSpec> => ({ 200: { description, schema } });
export const created = (description: string, schema: z.ZodType = AnyObject): Record<number, ResponseSpec> => ({ 201: { description, schema } });
export const accepted = (description: string, schema: z.ZodType = AnyObject): Record<number, ResponseSpec> => ({ 202: { description, schema } });
export const noContent = (description: string): Record<number, ResponseSpec> => ({ 204: { description } });
