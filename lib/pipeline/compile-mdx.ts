import { createHash, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { bundleMDX } from 'mdx-bundler'
import type { BodyText, CompiledBody } from '../schema/content'
import { remarkPlainText } from './plain-text'
import { remarkSections } from './sections'
import { syntaxErrors } from './mdx-errors'
import { remarkSafeMdx, type MdxFindings, type MdxViolation } from './safe-mdx'

/**
 * Bump when the compile options or the safe-MDX rules change, so cached output made under the old rules
 * is not reused. The cache key is: this version + compiler versions + the body text.
 */
const PIPELINE_VERSION = 4

export type CompileResult =
  | { ok: true; body: CompiledBody; cached: boolean }
  | { ok: false; violations: MdxViolation[] }

export function cacheDirectory(root: string) {
  return process.env.SIM_HELPER_CACHE_DIR ?? path.join(root, '.cache', 'mdx')
}

/** Compile one article body, or return it from the cache if this exact body was compiled before. */
export async function compileMdx(body: string, cacheDir: string): Promise<CompileResult> {
  const key = createHash('sha256').update(`${PIPELINE_VERSION}\0${compilerVersions()}\0${body}`).digest('hex')
  const cacheFile = path.join(cacheDir, `${key}.json`)
  const cached = await readCache(cacheFile)
  if (cached) return { ok: true, body: cached, cached: true }

  const findings: MdxFindings = { violations: [], methodBlocks: [], links: [] }
  const text: BodyText = { prose: '', methods: {} }
  let code: string
  try {
    const result = await bundleMDX({
      source: body,
      mdxOptions(options) {
        // First, so it sees only what the author wrote (mdx-bundler later injects its own frontmatter export).
        options.remarkPlugins = [
          remarkSafeMdx(findings),
          remarkPlainText(text),
          remarkSections(),
          ...(options.remarkPlugins ?? []),
        ]
        return options
      },
      // Errors are returned to the caller, who reports them all together; esbuild must not print its own.
      esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
    })
    code = result.code
  } catch (error) {
    // The safe-MDX plugin throws once it has listed every violation, before esbuild resolves anything.
    return { ok: false, violations: findings.violations.length ? findings.violations : syntaxErrors(error, body) }
  }

  const compiled: CompiledBody = { code, methodBlocks: findings.methodBlocks, links: findings.links, text }
  await writeCache(cacheDir, cacheFile, compiled)
  return { ok: true, body: compiled, cached: false }
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
  // Write then rename, so a parallel build worker never reads half a file. The name is unique per call:
  // two articles with the same body compile at once in one process, and must not share a temporary file.
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`
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
