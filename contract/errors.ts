/**
 * A problem the person running the platform can fix (a port in use, a database that is
 * not there). Entry points print its message as one line and exit non-zero, no stack.
 */
export class OperatorError extends Error {
  name = 'OperatorError'
}

export function exitOnOperatorError(error: unknown): never {
  if (error instanceof OperatorError) {
    console.error(`✖ ${error.message}`)
    process.exit(1)
  }
  throw error
}
