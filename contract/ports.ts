import net from 'node:net'

import { OperatorError } from './errors.ts'

/** The print preview service's port (ops/preview.ts) unless PRINT_PREVIEW_PORT says otherwise. */
export const DEFAULT_PRINT_PREVIEW_PORT = 4322

/** Resolves when `port` can be bound on all interfaces; a clear error when it cannot. */
export async function assertPortFree(port: number, purpose: string, variable: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new OperatorError(
          error.code === 'EADDRINUSE'
            ? `端口 ${port} 已被占用（${purpose}）。请关闭占用它的程序，或设置 ${variable} 换一个端口。`
            : `无法使用端口 ${port}（${purpose}）：${error.code ?? error.message}`,
        ),
      )
    })
    server.listen(port, () => server.close(() => resolve()))
  })
}

/** A port the operating system says is free right now. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
