import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { bundleMDX } from 'mdx-bundler'
import type { BodyText, CompiledBody } from '../schema/content'
import { remarkPlainText } from './plain-text'
import { remarkSections } from './sections'
import { remarkSafeMdx, type MdxFindings, type MdxViolation } from './safe-mdx'

/**
 * Bump when the compile options or the safe-MDX rules change, so cached output made under the old rules
 * is not reused. The cache key is: this version + compiler versions + the body text.
 */
const PIPELINE_VERSION = 3

export type CompileResult = { ok: true; body: CompiledBody; cached: boolean } | { ok: false; violations: MdxViolation[] }

export function cacheDirectory(root: string) {
  return process.env.SIM_HELPER_CACHE_DIR ?? path.join(root, '.cache', 'mdx')
}

/** Compile one article body, or return it from the cache if this exact body was compiled before. */
export async function compileMdx(body: string, cacheDir: string): Promise<CompileResult> {
  const key = createHash('sha256').update(`${PIPELINE_VERSION}\0${compilerVersions()}\0${body}`).digest('hex')
  const cacheFile = path.join(cacheDir, `${key}.json`)
  const cached = await readCache(cacheFile)
  if (cached) return { ok: true, body: cached, cached: true }

  const findings: MdxFindings = { violations: [], methodBlocks: [] }
  const text: BodyText = { prose: '', methods: {} }
  let code: string
  try {
    const result = await bundleMDX({
      source: body,
      mdxOptions(options) {
        // First, so it sees only what the author wrote (mdx-bundler later injects its own frontmatter export).
        options.remarkPlugins = [remarkSafeMdx(findings), remarkPlainText(text), remarkSections(), ...(options.remarkPlugins ?? [])]
        return options
      },
      // Errors are returned to the caller, who reports them all together; esbuild must not print its own.
      esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
    })
    code = result.code
  } catch (error) {
    // A forbidden import also fails to resolve; the safe-MDX message is the one that explains it.
    return { ok: false, violations: findings.violations.length ? findings.violations : syntaxErrors(error) }
  }
  if (findings.violations.length) return { ok: false, violations: findings.violations }

  const compiled: CompiledBody = { code, methodBlocks: findings.methodBlocks, text }
  await writeCache(cacheDir, cacheFile, compiled)
  return { ok: true, body: compiled, cached: false }
}

/** esbuild wraps MDX syntax errors; pull out the author's line, column and the parser's message. */
function syntaxErrors(error: unknown): MdxViolation[] {
  const errors = (error as { errors?: Array<{ text: string; location?: { line: number; column: number } | null }> }).errors
  if (!errors?.length) return [{ message: `MDX could not be compiled: ${String((error as Error).message ?? error)}` }]
  return errors.map((item) => {
    const text = item.text.replace(/^Cannot process MDX file with esbuild:\s*/, '')
    // The MDX parser's own position ("20:1-20:20: …" or "… (20:1-20:20)") is the author's line;
    // esbuild's location is only a fallback (it reports line 0 for errors at the end of the file).
    const position = /\((\d+):(\d+)-\d+:\d+\)/.exec(text) ?? /^(\d+):(\d+)/.exec(text)
    const message = text.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '').replace(/\s*\(\d+:\d+-\d+:\d+\)/, '').split('\n')[0]
    return {
      line: position ? Number(position[1]) : item.location?.line || undefined,
      column: position ? Number(position[2]) : item.location ? item.location.column + 1 : undefined,
      message: `MDX syntax: ${message}`,
    }
  })
}

async function readCache(file: string): Promise<CompiledBody | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as CompiledBody
  } catch {
    return undefined // a missing or half-written entry is simply compiled again
  }
}

async function writeCache(dir: string, file: string, body: CompiledBody) {
  await mkdir(dir, { recursive: true })
  // Write then rename, so a parallel build worker never reads half a file.
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, JSON.stringify(body))
  await rename(temporary, file)
}

let versions: string | undefined
function compilerVersions(): string {
  versions ??= ['mdx-bundler', '@mdx-js/mdx', 'esbuild'].map((name) => `${name}@${packageVersion(name)}`).join(' ')
  return versions
}

function packageVersion(name: string): string {
  try {
    const file = path.join(process.cwd(), 'node_modules', name, 'package.json')
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
  } catch {
    return 'unknown'
  }
}
