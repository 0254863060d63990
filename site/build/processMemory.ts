import { readFileSync, readdirSync } from 'node:fs'

/** Resident memory of one process in MiB, from /proc/<pid>/status (Linux); 0 once it is gone. */
function rssMiB(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) / 1024 : 0
  } catch {
    return 0 // the process ended between listing and reading: it holds no memory
  }
}

/** The process and all its descendants (a server may run its work in child processes). */
function processTree(pid: number): number[] {
  const children: number[] = []
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const list = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim()
      if (list) children.push(...list.split(/\s+/).map(Number))
    }
  } catch {
    return [pid] // gone, or no /proc: count what we have
  }
  return [pid, ...children.flatMap(processTree)]
}

/** Resident memory of a process tree, in MiB. */
export function treeRssMiB(pid: number): number {
  return processTree(pid).reduce((sum, member) => sum + rssMiB(member), 0)
}

/** Samples a process tree's memory every `intervalMs` until stopped: peak and mean in MiB. */
export function sampleMemory(pid: number, intervalMs = 250): { stop: () => { peakMiB: number; meanMiB: number; samples: number } } {
  const samples: number[] = [treeRssMiB(pid)]
  const timer = setInterval(() => samples.push(treeRssMiB(pid)), intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      samples.push(treeRssMiB(pid))
      return {
        peakMiB: Math.round(Math.max(...samples)),
        meanMiB: Math.round(samples.reduce((sum, value) => sum + value, 0) / samples.length),
        samples: samples.length,
      }
    },
  }
}
