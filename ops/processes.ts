import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { rootDir } from '../contract/paths.ts'

/** Whether the module at `moduleUrl` is the program being run (its URL percent-encodes spaces and Chinese folder names). */
export function isMainModule(moduleUrl: string): boolean {
  const script = process.argv[1]
  return script !== undefined && moduleUrl === pathToFileURL(path.resolve(script)).href
}

const bin = (name: string) => path.join(rootDir, 'node_modules', '.bin', name)

export interface Child {
  process: ChildProcess
  /** Ends the child's whole process group (Next leaves a next-server behind otherwise). */
  stop(): Promise<void>
  exited: Promise<number | null>
}

/** Every child started and not yet exited: whatever a shutdown has not stopped by name is stopped here. */
const running = new Set<Child>()
let refusing = false

/** Stops every child still running, and starts no more (a shutdown in the middle of start-up). */
export async function stopAllChildren(): Promise<void> {
  refusing = true
  await Promise.all([...running].map((child) => child.stop()))
}

/** Starts a long-running program in its own process group, its output prefixed. */
export function startChild(command: string, args: string[], env: NodeJS.ProcessEnv, label: string): Child {
  if (refusing) throw new Error(`正在停止，不再启动${label}`)
  const child = spawn(command === 'tsx' || command === 'next' ? bin(command) : command, args, {
    cwd: rootDir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => `[${label}] ${line}\n`)
      .join('')
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)))
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const handle: Child = {
    process: child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.pid === undefined) return
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        return
      }
      const timeout = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL')
        } catch {}
      }, 5000)
      await exited
      clearTimeout(timeout)
    },
  }
  running.add(handle)
  void exited.then(() => running.delete(handle))
  return handle
}

/** Runs a program to completion with inherited output; rejects with its exit code. */
export async function run(command: string, args: string[], env: NodeJS.ProcessEnv, label: string): Promise<void> {
  const child = startChild(command, args, env, label)
  const code = await child.exited
  if (code !== 0) throw new Error(`${label} 失败（退出码 ${code}）`)
}

/** Polls until `url` answers (any status below 500), or fails after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number, child?: Child): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let exited = false
  void child?.exited.then(() => {
    exited = true
  })
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${url} 的服务进程已退出`)
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} 在 ${timeoutMs / 1000} 秒内没有响应`)
}
