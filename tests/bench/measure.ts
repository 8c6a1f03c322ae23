import { spawn } from 'node:child_process'
import fs from 'node:fs'

/** Sum of resident memory (MB) of a process and all its descendants, from /proc. */
function treeRssMb(rootPid: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8')
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1])
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
      rss.set(Number(entry), kb)
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0
  const stack = [rootPid]
  while (stack.length) {
    const pid = stack.pop()!
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total / 1024
}

export interface Timed {
  seconds: number
  peakRssMb: number
  /** What the command printed (also passed through to the terminal). */
  output: string
}

/** Runs a command, returning its wall time, the peak memory of its process tree and its output. */
export function timed(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'inherit'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk
      process.stdout.write(chunk)
    })
    let peak = 0
    const sampler = setInterval(() => {
      peak = Math.max(peak, treeRssMb(child.pid!))
    }, 100)
    child.on('close', (code) => {
      clearInterval(sampler)
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}`))
      else resolve({ seconds: (performance.now() - started) / 1000, peakRssMb: Math.round(peak), output })
    })
  })
}

export function seconds<T>(work: () => T): { value: T; seconds: number } {
  const started = performance.now()
  const value = work()
  return { value, seconds: (performance.now() - started) / 1000 }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export const round = (n: number, digits = 2) => Number(n.toFixed(digits))
