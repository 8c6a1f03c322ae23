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

/** Runs a command, returning its wall time and the peak memory of its process tree. */
export function timed(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ seconds: number; peakRssMb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { ...options, stdio: 'inherit' })
    let peak = 0
    const sampler = setInterval(() => {
      peak = Math.max(peak, treeRssMb(child.pid!))
    }, 100)
    child.on('close', (code) => {
      clearInterval(sampler)
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}`))
      else resolve({ seconds: (performance.now() - started) / 1000, peakRssMb: Math.round(peak) })
    })
  })
}

export function seconds<T>(work: () => T): { value: T; seconds: number } {
  const started = performance.now()
  const value = work()
  return { value, seconds: (performance.now() - started) / 1000 }
}
