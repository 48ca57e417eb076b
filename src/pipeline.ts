/**
 * The one file that knows the order of the stages:
 * markdown -> sections -> sentences -> actors and dates -> events -> output.
 */
import type { Article } from './types.js';
export type { Article };
