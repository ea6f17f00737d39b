import { z } from 'zod'

/** What a traveller wants to do. A closed set: adding one is a code change (and a dictionary entry). */
export const TASKS = ['check-data', 'check-balance', 'top-up', 'renew'] as const
export const taskSchema = z.enum(TASKS)
export type Task = z.infer<typeof taskSchema>

export function isTask(value: string): value is Task {
  return (TASKS as readonly string[]).includes(value)
}
