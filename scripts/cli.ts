/** What new:guide and new:carrier share: take a value from a flag, or ask for it when a person is typing. */
import { createInterface } from 'node:readline/promises'

export class UsageError extends Error {}

type Check = (value: string) => string | undefined // an error message, or undefined when the value is fine

/**
 * The flag's value if given (and valid); otherwise, when stdin is a terminal, a question repeated until
 * the answer is valid; otherwise (a script, CI) a usage error naming the missing flag.
 */
export async function valueFor(
  flag: string,
  given: string | undefined,
  question: string,
  check: Check,
): Promise<string> {
  if (given !== undefined) {
    const problem = check(given)
    if (problem) throw new UsageError(`--${flag} ${given}: ${problem}`)
    return given
  }
  if (!process.stdin.isTTY) throw new UsageError(`missing --${flag} (${question})`)
  const prompt = createInterface({ input: process.stdin, output: process.stdout })
  try {
    for (;;) {
      const answer = (await prompt.question(`${question}: `)).trim()
      const problem = check(answer)
      if (!problem) return answer
      console.log(`  ${problem}`)
    }
  } finally {
    prompt.close()
  }
}

/** Run a command's main function: usage errors print the usage and exit 2, anything else exits 1. */
export function run(usage: string, main: () => Promise<void>) {
  main().catch((error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usage}`)
      process.exitCode = 2
    } else {
      console.error(error instanceof Error ? error.message : error)
      process.exitCode = 1
    }
  })
}
