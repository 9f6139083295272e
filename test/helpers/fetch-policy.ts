import { FetchPolicy } from '../../catalog/index.js';

/**
 * Tests serve catalogs and packages from 127.0.0.1, which the node's fetch
 * policy refuses by default (SSRF): they allow loopback explicitly, the way
 * an admin allows an internal mirror.
 */
export const LOOPBACK_RANGES = ['127.0.0.0/8'];

/** Config of test nodes: fetches from 127.0.0.1 allowed. */
export const LOOPBACK_FETCH = { allowRanges: LOOPBACK_RANGES };

/** A policy for tests that call the fetch functions directly: 127.0.0.1 and any local fixture file. */
export const TEST_FETCH_POLICY = new FetchPolicy({ allowRanges: LOOPBACK_RANGES, localFiles: ['file:///'] });
