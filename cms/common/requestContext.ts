/**
 * Flags a request's `context` carries between the code that writes and the hooks that
 * react, in one place so that no folder needs another's internals to read them.
 */

/** Set by the review workflow's own writes; every other write to a reviewed collection is an editor's save. */
export const WORKFLOW_CONTEXT = 'reviewWorkflow'
